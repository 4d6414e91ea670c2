using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Districts.List;
using Mediator;

namespace DeputyPortal.Api.Pages.Deputies;

/// <summary>The districts deputy pages name and offer, read through the caller's scope.</summary>
public static class DeputyChoices
{
    /// <summary>The districts of one term, by name.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> DistrictsAsync(ISender sender, Guid termId, CancellationToken ct) =>
        (await sender.Send(new ListDistricts(TermId: termId, PageSize: Paging.MaxPageSize, Sort: "name"), ct)).Items.ToDictionary(d => d.Id, d => d.Name);

    /// <summary>The names of every district of the given terms (those of a page of deputies: a handful).</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> DistrictNamesAsync(ISender sender, IEnumerable<Guid> termIds, CancellationToken ct)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var termId in termIds.Distinct())
        {
            foreach (var (id, name) in await DistrictsAsync(sender, termId, ct))
            {
                names[id] = name;
            }
        }

        return names;
    }
}
