using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.HandlingUnits.List;
using DeputyPortal.Application.Users;
using DeputyPortal.Application.Users.List;
using DeputyPortal.Domain.Deputies;
using Mediator;

namespace DeputyPortal.Api.Pages.Admin.Users;

/// <summary>What an account can be bound to: the townships, and per township its serving deputies and its active units.</summary>
public sealed record AccountChoices(
    IReadOnlyDictionary<Guid, string> Townships,
    IReadOnlyDictionary<Guid, IReadOnlyDictionary<Guid, string>> Deputies,
    IReadOnlyDictionary<Guid, IReadOnlyDictionary<Guid, string>> Units)
{
    public static readonly AccountChoices None = new(
        new Dictionary<Guid, string>(), new Dictionary<Guid, IReadOnlyDictionary<Guid, string>>(), new Dictionary<Guid, IReadOnlyDictionary<Guid, string>>());

    public static async Task<AccountChoices> LoadAsync(ISender sender, CancellationToken ct)
    {
        var townships = await TownshipNames.LoadAsync(sender, ct);
        // Two reads for the whole county, not two per township: each list is grouped by its rows' township.
        var serving = await AllPages.ReadAsync(page =>
            sender.Send(new ListDeputies(Status: DeputyStatus.Serving, Page: page, PageSize: Paging.MaxPageSize, Sort: "name"), ct).AsTask());
        var active = await AllPages.ReadAsync(page =>
            sender.Send(new ListHandlingUnits(IsActive: true, Page: page, PageSize: Paging.MaxPageSize, Sort: "name"), ct).AsTask());
        var deputies = townships.Keys.ToDictionary(
            t => t, t => (IReadOnlyDictionary<Guid, string>)serving.Where(d => d.TownshipId == t).ToDictionary(d => d.Id, d => d.Name));
        var units = townships.Keys.ToDictionary(
            t => t, t => (IReadOnlyDictionary<Guid, string>)active.Where(u => u.TownshipId == t).ToDictionary(u => u.Id, u => u.Name));

        return new AccountChoices(townships, deputies, units);
    }

    public string Township(Guid? id) => id is { } t ? Townships.GetValueOrDefault(t, "—") : "—";

    public string Deputy(Guid? id) => id is { } d ? Deputies.Values.Select(v => v.GetValueOrDefault(d)).FirstOrDefault(n => n is not null) ?? "—" : "—";

    public string Unit(Guid? id) => id is { } u ? Units.Values.Select(v => v.GetValueOrDefault(u)).FirstOrDefault(n => n is not null) ?? "—" : "—";

    /// <summary>
    /// One account, found through the list the administrator reads (the application has no single-account query):
    /// page by page, a county's accounts being a few hundred. Not found is 404, like any record.
    /// </summary>
    public static async Task<UserAccountDto> FindAccountAsync(ISender sender, Guid id, CancellationToken ct)
    {
        for (var page = 1; ; page++)
        {
            var accounts = await sender.Send(new ListUserAccounts(Page: page, PageSize: Paging.MaxPageSize, Sort: "userName"), ct);
            if (accounts.Items.FirstOrDefault(a => a.Id == id) is { } account)
            {
                return account;
            }

            if (page * Paging.MaxPageSize >= accounts.TotalCount)
            {
                throw new NotFoundException("账户", id);
            }
        }
    }
}
