using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Deputies.Get;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Domain.Deputies;
using Mediator;

namespace DeputyPortal.Api.Pages.Constituents;

/// <summary>The deputies constituent pages name and offer, read through the caller's scope.</summary>
public static class ConstituentChoices
{
    /// <summary>The serving deputies of a township, by name: whom a constituent may be assigned to.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> ServingDeputiesAsync(ISender sender, Guid townshipId, CancellationToken ct) =>
        (await sender.Send(new ListDeputies(TownshipId: townshipId, Status: DeputyStatus.Serving, PageSize: Paging.MaxPageSize, Sort: "name"), ct))
            .Items.ToDictionary(d => d.Id, d => d.Name);

    /// <summary>Every deputy of a township, by name (those whose mandate ended too: their constituents are still listed).</summary>
    public static async Task<Dictionary<Guid, string>> DeputiesAsync(ISender sender, Guid townshipId, CancellationToken ct) =>
        (await sender.Send(new ListDeputies(TownshipId: townshipId, PageSize: Paging.MaxPageSize, Sort: "name"), ct))
            .Items.ToDictionary(d => d.Id, d => d.Name);

    /// <summary>The names of the given deputies, looking up those <paramref name="known"/> does not have.</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(ISender sender, IEnumerable<Guid> deputyIds, IReadOnlyDictionary<Guid, string> known, CancellationToken ct)
    {
        var names = new Dictionary<Guid, string>(known);
        foreach (var id in deputyIds.Distinct().Where(id => !names.ContainsKey(id)))
        {
            names[id] = (await sender.Send(new GetDeputy(id), ct)).Name;
        }

        return names;
    }
}
