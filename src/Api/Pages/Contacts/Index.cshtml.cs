using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Contacts;
using DeputyPortal.Application.Contacts.Ledger;
using DeputyPortal.Application.Contacts.List;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.Imports;
using DeputyPortal.Domain.Contacts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Contacts;

/// <summary>
/// 联系选民台账: the contact entries the signed-in user may read (a deputy: their own; a secretary: the township's),
/// newest first, with filters and the ledger download. The scoping is the application's, not this page's.
/// </summary>
[PortalPage(typeof(ListConstituentContacts), typeof(GetContactLedger))]
public sealed class IndexModel(ISender sender, IRequestPermissions permissions, ICurrentUser user) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContactChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? DeputyId { get; set; }

    [BindProperty(SupportsGet = true, Name = PortalQuery.PageKey)]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>The entry just logged, highlighted once after the form redirects here.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Logged { get; set; }

    public PagedList<ConstituentContactDto> Contacts { get; private set; } = null!;

    /// <summary>Names of the township's deputies, for a secretary's filter and list (empty for a deputy).</summary>
    public IReadOnlyDictionary<Guid, string> Deputies { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Whoever may log a contact from the 登记 page (a deputy, for their own constituents).</summary>
    public bool CanLog => permissions.MayUse<NewModel>();

    /// <summary>Those who read other deputies' contacts see whose each entry is; a deputy reads only their own.</summary>
    public bool ShowsDeputies => !user.SeesOnlyOwnConstituents();

    public bool CanDownloadLedger => permissions.MaySend<GetContactLedger>();

    /// <summary>The sort in force: by the contact date, newest first unless reversed.</summary>
    public string CurrentSort => Sort is "contactedOn" ? Sort : "-contactedOn";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Contacts = await sender.Send(
            new ListConstituentContacts(DeputyId: DeputyId, From: From, To: To, Channel: Channel, Page: Math.Max(1, PageNumber), PageSize: PageSize, Sort: CurrentSort),
            ct);
        if (ShowsDeputies)
        {
            var deputies = await sender.Send(new ListDeputies(PageSize: Paging.MaxPageSize, Sort: "name"), ct);
            Deputies = deputies.Items.ToDictionary(d => d.Id, d => d.Name);
        }
    }

    /// <summary>The contact ledger (联系选民台账) of what the filters select.</summary>
    public async Task<IActionResult> OnGetLedgerAsync(CancellationToken ct)
    {
        var file = await sender.Send(new GetContactLedger(DeputyId: DeputyId, From: From, To: To, Channel: Channel), ct);
        return File(file.Content, SpreadsheetFile.ContentType, file.FileName);
    }

    public string DeputyName(Guid id) => Deputies.GetValueOrDefault(id, string.Empty);
}
