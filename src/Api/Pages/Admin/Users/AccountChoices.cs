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
        var deputies = new Dictionary<Guid, IReadOnlyDictionary<Guid, string>>();
        var units = new Dictionary<Guid, IReadOnlyDictionary<Guid, string>>();
        foreach (var township in townships.Keys)
        {
            deputies[township] = (await sender.Send(new ListDeputies(TownshipId: township, Status: DeputyStatus.Serving, PageSize: Paging.MaxPageSize, Sort: "name"), ct))
                .Items.ToDictionary(d => d.Id, d => d.Name);
            units[township] = (await sender.Send(new ListHandlingUnits(TownshipId: township, IsActive: true, PageSize: Paging.MaxPageSize, Sort: "name"), ct))
                .Items.ToDictionary(u => u.Id, u => u.Name);
        }

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
