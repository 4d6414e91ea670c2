using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.HandlingUnits.Get;
using DeputyPortal.Application.HandlingUnits.List;
using DeputyPortal.Application.Presidium.List;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Settings.Get;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Proposals;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>
/// The choices the step forms offer, read through the caller's scope and only for the moves on offer: the township's
/// handling units in use and the presidium members serving today (交办), the township's categories (修改草稿), and
/// the lead unit's head, who signs its reply (答复, taken by the unit or recorded for it).
/// </summary>
public sealed record ProposalStepChoices(
    IReadOnlyDictionary<Guid, string> Units,
    IReadOnlyDictionary<Guid, string> Supervisors,
    IReadOnlyList<string> Categories,
    string? LeadUnitHead)
{
    public static ProposalStepChoices None { get; } = new(new Dictionary<Guid, string>(), new Dictionary<Guid, string>(), [], null);

    public static async Task<ProposalStepChoices> LoadAsync(ISender sender, ProposalDto proposal, DateOnly today, CancellationToken ct)
    {
        var choices = None;
        if (proposal.Moves.Contains(ProposalMove.Assign))
        {
            var units = await sender.Send(new ListHandlingUnits(TownshipId: proposal.TownshipId, IsActive: true, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
            var members = await sender.Send(
                new ListPresidiumMembers(TownshipId: proposal.TownshipId, TermId: proposal.TermId, CurrentOn: today, PageSize: Paging.MaxPageSize, Sort: "post"), ct);
            choices = choices with
            {
                Units = units.Items.ToDictionary(u => u.Id, u => u.Name),
                Supervisors = members.Items.ToDictionary(m => m.Id, m => $"{m.DeputyName}（{m.Post.Label()}）"),
            };
        }

        if (proposal.Moves.Contains(ProposalMove.EditDraft))
        {
            choices = choices with { Categories = (await sender.Send(new GetTownshipSettings(proposal.TownshipId), ct)).ProposalCategories };
        }

        if ((proposal.Moves.Contains(ProposalMove.Reply) || proposal.OnBehalfMoves.Any(m => m.Move == ProposalMove.Reply)) && proposal.LeadUnitId is { } leadUnitId)
        {
            choices = choices with { LeadUnitHead = (await sender.Send(new GetHandlingUnit(leadUnitId), ct)).HeadName };
        }

        return choices;
    }
}
