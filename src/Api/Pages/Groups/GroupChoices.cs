using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.Presidium.List;
using Mediator;

namespace DeputyPortal.Api.Pages.Groups;

/// <summary>The deputies and presidium members of one term, by name, read through the caller's scope.</summary>
public sealed record GroupChoices(IReadOnlyDictionary<Guid, string> Deputies, IReadOnlyDictionary<Guid, string> PresidiumMembers)
{
    public static readonly GroupChoices None = new(new Dictionary<Guid, string>(), new Dictionary<Guid, string>());

    /// <summary>Every deputy of the term (a group keeps naming one whose mandate ended) and its presidium posts.</summary>
    public static async Task<GroupChoices> LoadAsync(ISender sender, Guid termId, CancellationToken ct)
    {
        var deputies = await sender.Send(new ListDeputies(TermId: termId, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        var presidium = await sender.Send(new ListPresidiumMembers(TermId: termId, PageSize: Paging.MaxPageSize, Sort: "post"), ct);
        return new GroupChoices(
            deputies.Items.ToDictionary(d => d.Id, d => d.Name),
            presidium.Items.ToDictionary(p => p.Id, p => p.DeputyName));
    }

    public string Deputy(Guid id) => Deputies.GetValueOrDefault(id, "—");

    public string Presidium(Guid? id) => id is { } p ? PresidiumMembers.GetValueOrDefault(p, "—") : "—";
}
