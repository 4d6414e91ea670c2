using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.Groups.List;
using DeputyPortal.Application.HandlingUnits.List;
using DeputyPortal.Application.Terms;
using Mediator;

namespace DeputyPortal.Api.Pages.Activities;

/// <summary>What an activity's form offers for one term: its deputies, its representative groups, the township's units.</summary>
public sealed record ActivityChoices(
    TermDto Term,
    IReadOnlyDictionary<Guid, string> Deputies,
    IReadOnlyDictionary<Guid, string> Groups,
    IReadOnlyDictionary<Guid, string> Units)
{
    public static async Task<ActivityChoices> LoadAsync(ISender sender, TermDto term, CancellationToken ct)
    {
        var deputies = await sender.Send(new ListDeputies(TermId: term.Id, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        var groups = await sender.Send(new ListRepresentativeGroups(TermId: term.Id, PageSize: Paging.MaxPageSize), ct);
        var units = await sender.Send(new ListHandlingUnits(TownshipId: term.TownshipId, IsActive: true, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        return new ActivityChoices(
            term,
            deputies.Items.ToDictionary(d => d.Id, d => d.Name),
            groups.Items.ToDictionary(g => g.Id, g => g.Name),
            units.Items.ToDictionary(u => u.Id, u => u.Name));
    }

}
