using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.Presidium;

/// <summary>主席团成员: a deputy holding a presidium post for a period within the term.</summary>
public sealed class PresidiumMember : Entity, ITownshipScoped
{
    private PresidiumMember()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    public Guid DeputyId { get; private set; }

    public PresidiumPost Post { get; private set; }

    public DateOnly ServesFrom { get; private set; }

    public DateOnly? ServesUntil { get; private set; }

    public DateRange Period => new(ServesFrom, ServesUntil);

    public bool IsServingOn(DateOnly date) => Period.Contains(date);

    public static PresidiumMember Appoint(Term term, Deputy deputy, PresidiumPost post, DateOnly from)
    {
        Rule.Require(
            deputy.TermId == term.Id && deputy.TownshipId == term.TownshipId,
            "PresidiumMemberIsDeputyOfTerm",
            "主席团成员必须是本届本乡镇的代表。",
            "deputyId");
        Rule.Require(deputy.IsServing, "PresidiumMemberIsServingDeputy", "资格已终止的代表不能担任主席团成员。", "deputyId");
        Rule.Require(term.Period.Contains(from), "PresidiumPostWithinTerm", "任职开始日期必须在本届任期内。", "servesFrom");
        return new PresidiumMember { TownshipId = term.TownshipId, TermId = term.Id, DeputyId = deputy.Id, Post = post, ServesFrom = from };
    }

    public void EndPost(DateOnly on)
    {
        Rule.RequireState(ServesUntil is null, "PresidiumPostEndsOnce", "该职务已经结束。");
        Rule.Require(on >= ServesFrom, "PresidiumPostEndsAfterItStarts", "离任日期不能早于任职日期。", "servesUntil");
        ServesUntil = on;
    }
}
