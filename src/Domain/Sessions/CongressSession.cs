using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.Sessions;

/// <summary>人民代表大会会议: the N-th meeting (第N次会议) of a term's congress.</summary>
public sealed class CongressSession : Entity, ITownshipScoped
{
    private CongressSession()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    public int Number { get; private set; }

    public DateOnly? OpenedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string Name => $"第{ChineseNumerals.Of(Number)}次会议";

    public static CongressSession Plan(Term term, int number)
    {
        Rule.Require(number >= 1, "SessionNumberIsPositive", "会议次数从1开始。", "number");
        return new CongressSession { TownshipId = term.TownshipId, TermId = term.Id, Number = number };
    }

    /// <summary>Records when the session opened and (once it has) closed; both dates lie within the term.</summary>
    public void RecordDates(Term term, DateOnly? openedOn, DateOnly? closedOn)
    {
        Rule.Require(term.Id == TermId, "SessionBelongsToItsTerm", "会议只能记录在其所属的届内。", "termId");
        Rule.Require(closedOn is null || openedOn is not null, "SessionOpensBeforeItCloses", "未记录开幕日期的会议不能记录闭幕日期。", "closedOn");
        Rule.Require(closedOn is null || closedOn >= openedOn, "SessionOpensBeforeItCloses", "闭幕日期不能早于开幕日期。", "closedOn");
        Rule.Require(openedOn is null || term.Period.Contains(openedOn.Value), "SessionWithinTerm", "开幕日期必须在本届任期内。", "openedOn");
        Rule.Require(closedOn is null || term.Period.Contains(closedOn.Value), "SessionWithinTerm", "闭幕日期必须在本届任期内。", "closedOn");
        (OpenedOn, ClosedOn) = (openedOn, closedOn);
    }
}
