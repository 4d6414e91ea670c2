using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.Districts.List;
using Mediator;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>The deputies and districts of one term, read through the caller's scope.</summary>
public sealed record ReviewChoices(IReadOnlyDictionary<Guid, string> Deputies, IReadOnlyDictionary<Guid, string> Districts)
{
    public static async Task<ReviewChoices> LoadAsync(ISender sender, Guid termId, CancellationToken ct)
    {
        var deputies = await sender.Send(new ListDeputies(TermId: termId, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        var districts = await sender.Send(new ListDistricts(TermId: termId, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        return new ReviewChoices(deputies.Items.ToDictionary(d => d.Id, d => d.Name), districts.Items.ToDictionary(d => d.Id, d => d.Name));
    }
}
