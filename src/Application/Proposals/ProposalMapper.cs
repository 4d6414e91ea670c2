using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Proposals;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Proposals;

// Lists and records show a selection of the aggregate's members, so only the targets must all be mapped.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ProposalMapper
{
    /// <summary>The whole record with the names of those it names, and its warning for <paramref name="today"/> under the township's rules.</summary>
    public static ProposalDto ToDto(this Proposal proposal, DateOnly today, ProposalRules rules, ProposalNames names, ProposalParticipant viewer)
    {
        var dto = proposal.ToDtoWithoutWarning().WithWarning(ProposalWarning.For(proposal.Status, proposal.DueOn, today, rules));
        return dto with
        {
            SessionName = names.Session(dto.SessionId),
            LeadDeputyName = names.Deputy(dto.LeadDeputyId),
            CoSignerNames = [.. dto.CoSignerDeputyIds.Select(names.Deputy)],
            LeadUnitName = names.Unit(dto.LeadUnitId),
            CoUnits = [.. dto.CoUnits.Select(u => u with { HandlingUnitName = names.Unit(u.HandlingUnitId) })],
            SupervisorName = names.Supervisor(dto.SupervisorPresidiumMemberId),
            Moves = proposal.MovesFor(viewer, today, rules),
            OnBehalfMoves =
            [
                .. ProposalMoves.OnBehalfFor(proposal, viewer, today, rules).Select(m => new OnBehalfMoveDto(
                    m.Move, m.For.UnitId, m.For.DeputyId, m.For.UnitId is { } unit ? names.Unit(unit) : names.Deputy(m.For.DeputyId!.Value))),
            ],
        };
    }

    /// <summary>A page's names for its proposals' lead deputies and units.</summary>
    public static ProposalListItemDto WithNames(this ProposalListItemDto item, ProposalNames names) =>
        item with { LeadDeputyName = names.Deputy(item.LeadDeputyId), LeadUnitName = names.Unit(item.LeadUnitId) };

    public static ProposalListItemDto WithWarning(this ProposalListItemDto item, DateOnly today, ProposalRules rules)
    {
        var warning = ProposalWarning.For(item.Status, item.DueOn, today, rules);
        return item with
        {
            WarningColor = ColorName(warning), IsOverdue = warning?.IsOverdue ?? false, DaysOverdue = warning?.DaysOverdue ?? 0, DaysLeft = warning?.DaysLeft,
        };
    }

    public static string ColorName(WarningColor color) => color.ToString().ToLowerInvariant();

    public static partial IQueryable<ProposalListItemDto> ProjectToListItem(this IQueryable<Proposal> proposals);

    [MapperIgnoreTarget(nameof(ProposalListItemDto.LeadDeputyName))]
    [MapperIgnoreTarget(nameof(ProposalListItemDto.LeadUnitName))]
    [MapperIgnoreTarget(nameof(ProposalListItemDto.WarningColor))]
    [MapperIgnoreTarget(nameof(ProposalListItemDto.IsOverdue))]
    [MapperIgnoreTarget(nameof(ProposalListItemDto.DaysOverdue))]
    [MapperIgnoreTarget(nameof(ProposalListItemDto.DaysLeft))]
    [MapperIgnoreTarget(nameof(ProposalListItemDto.ExtensionPending))]
    [MapperIgnoreTarget(nameof(ProposalListItemDto.CoUnitsAwaitingInput))]
    private static partial ProposalListItemDto ToListItemWithoutWarning(Proposal proposal);

    [MapProperty(nameof(Proposal.CoSigners), nameof(ProposalDto.CoSignerDeputyIds))]
    [MapperIgnoreTarget(nameof(ProposalDto.SessionName))]
    [MapperIgnoreTarget(nameof(ProposalDto.LeadDeputyName))]
    [MapperIgnoreTarget(nameof(ProposalDto.CoSignerNames))]
    [MapperIgnoreTarget(nameof(ProposalDto.LeadUnitName))]
    [MapperIgnoreTarget(nameof(ProposalDto.SupervisorName))]
    [MapperIgnoreTarget(nameof(ProposalDto.WarningColor))]
    [MapperIgnoreTarget(nameof(ProposalDto.IsOverdue))]
    [MapperIgnoreTarget(nameof(ProposalDto.DaysOverdue))]
    [MapperIgnoreTarget(nameof(ProposalDto.Moves))]
    [MapperIgnoreTarget(nameof(ProposalDto.OnBehalfMoves))]
    private static partial ProposalDto ToDtoWithoutWarning(this Proposal proposal);

    [MapperIgnoreTarget(nameof(ProposalCoUnitDto.HandlingUnitName))]
    private static partial ProposalCoUnitDto ToDto(ProposalCoUnit coUnit);

    [MapProperty(nameof(ProposalEvent.Action), nameof(ProposalEventDto.Description), Use = nameof(Describe))]
    private static partial ProposalEventDto ToDto(ProposalEvent step);

    private static string Describe(ProposalAction action) => action.Label();

    private static Guid ToDeputyId(ProposalCoSigner signer) => signer.DeputyId;

    private static ProposalDto WithWarning(this ProposalDto dto, ProposalWarning? warning) =>
        dto with { WarningColor = warning is null ? null : ColorName(warning.Color), IsOverdue = warning?.IsOverdue ?? false, DaysOverdue = warning?.DaysOverdue ?? 0 };

    private static string? ColorName(ProposalWarning? warning) => warning is null ? null : ColorName(warning.Color);
}
