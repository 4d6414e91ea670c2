using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Constituents;
using DeputyPortal.Application.Contacts.Log;
using DeputyPortal.Application.Me;
using DeputyPortal.Domain.Contacts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Contacts;

/// <summary>
/// 登记联系选民: one screen for a deputy to log a contact from a phone. The page only gathers the form and sends
/// <see cref="LogConstituentContact"/>; the rules and their Chinese messages are the application's, shown next to
/// the field they name (<see cref="PortalPageFilter"/>).
/// </summary>
[PortalPage(typeof(LogConstituentContact), typeof(ListMyConstituents))]
public sealed class NewModel(ISender sender, TimeProvider clock) : PortalPageModel
{
    /// <summary>Concern inputs shown; empty ones are left out.</summary>
    public const int ConcernInputs = 3;

    [BindProperty]
    public DateOnly ContactedOn { get; set; }

    [BindProperty]
    public ContactChannel Channel { get; set; } = ContactChannel.Visit;

    [BindProperty]
    public List<Guid> ConstituentIds { get; set; } = [];

    [BindProperty]
    public string? OtherPerson { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public List<string?> Concerns { get; set; } = [];

    /// <summary>The deputy's own active constituents, named with their village only (no phone or address).</summary>
    public IReadOnlyList<ConstituentDto> Constituents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ContactedOn = clock.TodayInChina();
        await LoadConstituentsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = new LogConstituentContact(
            ContactedOn,
            Channel,
            Summary ?? string.Empty,
            ConstituentIds,
            OtherPerson,
            Concerns.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).ToList());
        var contact = await sender.Send(command, ct);
        return RedirectToPage("/Contacts/Index", new { logged = contact.Id });
    }

    public override Task ReloadAfterErrorsAsync(CancellationToken ct) => LoadConstituentsAsync(ct);

    private async Task LoadConstituentsAsync(CancellationToken ct)
    {
        var page = await sender.Send(new ListMyConstituents(IsActive: true, PageSize: Paging.MaxPageSize, Sort: "village"), ct);
        Constituents = page.Items;
    }
}
