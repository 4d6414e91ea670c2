using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Proposals;

/// <summary>A step of DESIGN §3 that a person takes on a proposal (the system's own step, 视为认可, is not one).</summary>
public enum ProposalMove
{
    [Label("修改草稿")] EditDraft,
    [Label("提交")] Submit,
    [Label("立案")] Register,
    [Label("不予立案")] Reject,
    [Label("转为建议")] ConvertToSuggestion,
    [Label("交办")] Assign,
    [Label("退回")] Return,
    [Label("申请延期")] RequestExtension,
    [Label("审批延期")] DecideExtension,
    [Label("记录办理进展")] AddProgressNote,
    [Label("提交协办意见")] ProvideCoUnitInput,
    [Label("答复")] Reply,
    [Label("评价答复")] Evaluate,
    [Label("报告已解决")] ReportSolved,
}

/// <summary>
/// On whose behalf someone looks at a proposal: the township's congress office (the secretary), a handling unit, or a
/// deputy. Which of these a signed-in user is follows from their account, not from the proposal.
/// </summary>
public sealed record ProposalParticipant(bool ActsForTownship, Guid? UnitId, Guid? DeputyId)
{
    public static ProposalParticipant TownshipOffice { get; } = new(true, null, null);

    public static ProposalParticipant Nobody { get; } = new(false, null, null);

    public static ProposalParticipant Unit(Guid unitId) => new(false, unitId, null);

    public static ProposalParticipant Deputy(Guid deputyId) => new(false, null, deputyId);
}

/// <summary>A step the township's office may record for <paramref name="For"/>, who took it on paper or by phone (补录).</summary>
public sealed record OnBehalfMove(ProposalMove Move, ProposalParticipant For);

/// <summary>
/// The one list of which moves a participant may take on a proposal in its present state: what the pages offer as
/// buttons and the API reports as <c>moves</c>. The workflow methods of <see cref="Proposal"/> enforce the same
/// conditions (the states of each move are one table, <see cref="AllowedFrom"/>); a test takes every move in every
/// state as every participant and checks that a move is listed exactly when the domain lets it be taken.
/// </summary>
public static class ProposalMoves
{
    /// <summary>The states each move may be taken from (DESIGN §3's diagram).</summary>
    public static IReadOnlyDictionary<ProposalMove, ProposalStatus[]> AllowedFrom { get; } = new Dictionary<ProposalMove, ProposalStatus[]>
    {
        [ProposalMove.EditDraft] = [ProposalStatus.Draft],
        [ProposalMove.Submit] = [ProposalStatus.Draft],
        [ProposalMove.Register] = [ProposalStatus.Submitted],
        [ProposalMove.Reject] = [ProposalStatus.Submitted],
        [ProposalMove.ConvertToSuggestion] = [ProposalStatus.Submitted, ProposalStatus.Registered],
        [ProposalMove.Assign] = [ProposalStatus.Registered],
        [ProposalMove.Return] = [ProposalStatus.Assigned],
        [ProposalMove.RequestExtension] = [ProposalStatus.Assigned, ProposalStatus.Rehandling],
        [ProposalMove.DecideExtension] = [ProposalStatus.Assigned, ProposalStatus.Rehandling],
        [ProposalMove.AddProgressNote] = [ProposalStatus.Assigned, ProposalStatus.Rehandling, ProposalStatus.FollowUp],
        [ProposalMove.ProvideCoUnitInput] = [ProposalStatus.Assigned, ProposalStatus.Rehandling],
        [ProposalMove.Reply] = [ProposalStatus.Assigned, ProposalStatus.Rehandling],
        [ProposalMove.Evaluate] = [ProposalStatus.Replied],
        [ProposalMove.ReportSolved] = [ProposalStatus.FollowUp],
    };

    /// <summary>The moves <paramref name="who"/> may take today, in the order of the workflow.</summary>
    public static IReadOnlyList<ProposalMove> For(Proposal proposal, ProposalParticipant who, DateOnly today, ProposalRules rules) =>
        [.. Enum.GetValues<ProposalMove>().Where(move => Allows(proposal, move, who, today, rules))];

    /// <summary>
    /// The steps the township's office may record on behalf of the proposal's units and its lead deputy (补录): each
    /// party's own moves (<see cref="For"/>), so a step recorded late is one that party could have taken. Drafting stays
    /// with the deputy and the office's own moves with the office.
    /// </summary>
    public static IReadOnlyList<OnBehalfMove> OnBehalfFor(Proposal proposal, ProposalParticipant who, DateOnly today, ProposalRules rules)
    {
        if (!who.ActsForTownship)
        {
            return [];
        }

        IEnumerable<ProposalParticipant> parties =
        [
            .. proposal.LeadUnitId is { } lead ? [ProposalParticipant.Unit(lead)] : Array.Empty<ProposalParticipant>(),
            .. proposal.CoUnits.Select(u => ProposalParticipant.Unit(u.HandlingUnitId)),
            ProposalParticipant.Deputy(proposal.LeadDeputyId),
        ];
        return
        [
            .. parties.SelectMany(party => For(proposal, party, today, rules)
                .Where(move => move is not (ProposalMove.EditDraft or ProposalMove.Submit))
                .Select(move => new OnBehalfMove(move, party)))
                .OrderBy(m => m.Move),
        ];
    }

    public static bool Allows(Proposal p, ProposalMove move, ProposalParticipant who, DateOnly today, ProposalRules rules)
    {
        if (!AllowedFrom[move].Contains(p.Status))
        {
            return false;
        }

        var unit = who.UnitId;
        var isLeadUnit = unit is not null && unit == p.LeadUnitId;
        var isCoUnit = unit is not null && p.CoUnits.Any(u => u.HandlingUnitId == unit);
        var pending = p.Extensions.Any(e => e.Decision == ExtensionDecision.Pending);
        return move switch
        {
            ProposalMove.EditDraft or ProposalMove.Submit => who.ActsForTownship || (who.DeputyId is { } d && d == p.LeadDeputyId),
            ProposalMove.Register or ProposalMove.Reject or ProposalMove.Assign => who.ActsForTownship,
            ProposalMove.ConvertToSuggestion => who.ActsForTownship && p.Kind == ProposalKind.Motion,
            ProposalMove.Return => (isLeadUnit || isCoUnit) && today <= p.AssignedOn!.Value.AddDays(rules.ReturnWindowDays),
            ProposalMove.RequestExtension => isLeadUnit && !pending,
            ProposalMove.DecideExtension => who.ActsForTownship && pending,
            ProposalMove.AddProgressNote => isLeadUnit || isCoUnit,
            ProposalMove.ProvideCoUnitInput => isCoUnit,
            ProposalMove.Reply or ProposalMove.ReportSolved => isLeadUnit,
            ProposalMove.Evaluate => who.DeputyId is { } d && d == p.LeadDeputyId && today <= p.EvaluationDueOn,
            _ => throw new ArgumentOutOfRangeException(nameof(move), move, null),
        };
    }
}
