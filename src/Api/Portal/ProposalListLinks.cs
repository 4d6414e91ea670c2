using System.Globalization;
using DeputyPortal.Application.Proposals.List;
using Microsoft.AspNetCore.Http.Extensions;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// The link to the portal's proposal list (建议办理, /proposals) showing exactly what a <see cref="ListProposals"/>
/// selects: each filter the list page binds, under the name it binds it by. A filter the page does not offer is
/// refused rather than dropped, so a count never links to a list that shows other rows.
/// </summary>
public static class ProposalListLinks
{
    public const string Path = "/proposals";

    public static string For(ListProposals filter)
    {
        if (filter.TownshipId is not null || filter.TermId is not null || filter.SessionId is not null || filter.Kind is not null
            || filter.Category is not null || filter.LeadUnitId is not null || filter.DeputyId is not null || filter.IsKey is not null
            || filter.SubmittedFrom is not null || filter.SubmittedTo is not null || filter.AssignedFrom is not null
            || filter.AssignedTo is not null || filter.Search is not null)
        {
            throw new ArgumentException("The portal's proposal list offers no such filter.", nameof(filter));
        }

        var query = new QueryBuilder();
        Add(query, "status", filter.Status?.ToString());
        Add(query, "color", filter.Color);
        Add(query, "overdue", Flag(filter.Overdue));
        Add(query, "extensionPending", Flag(filter.ExtensionPending));
        Add(query, "awaitingReassignment", Flag(filter.AwaitingReassignment));
        Add(query, "dueFrom", Day(filter.DueFrom));
        Add(query, "dueTo", Day(filter.DueTo));
        Add(query, PortalQuery.SortKey, filter.Sort);
        return Path + query.ToQueryString();
    }

    private static void Add(QueryBuilder query, string key, string? value)
    {
        if (value is not null)
        {
            query.Add(key, value);
        }
    }

    private static string? Flag(bool? value) => value is { } v ? (v ? "true" : "false") : null;

    private static string? Day(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
