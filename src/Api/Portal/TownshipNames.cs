using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Townships.List;
using Mediator;

namespace DeputyPortal.Api.Portal;

/// <summary>The townships' names by id, for the lists county staff and administrators read across townships.</summary>
public static class TownshipNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> LoadAsync(ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListTownships(PageSize: Paging.MaxPageSize, Sort: "code"), ct)).Items.ToDictionary(t => t.Id, t => t.Name);
}
