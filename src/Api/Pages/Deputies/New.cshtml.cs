using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Deputies.Register;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Deputies;

/// <summary>
/// 登记代表: the secretary enters an elected deputy of the township's current term into the roster, sending
/// <see cref="RegisterDeputy"/>; the district decides township and term, and the rules and their messages are the
/// application's. The form is created once however often it is submitted (<see cref="PortalSubmitOnce"/>).
/// </summary>
[PortalPage(typeof(RegisterDeputy))]
public sealed class NewModel(ISender sender, TimeProvider clock, PortalSubmitOnce once) : DeputyFormPageModel
{
    [BindProperty]
    public Guid IdempotencyKey { get; set; }

    public string? TermName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        IdempotencyKey = Guid.NewGuid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = new RegisterDeputy(
            DistrictId, Name ?? string.Empty, Chosen(Gender), BirthDate ?? default, Ethnicity ?? string.Empty, Chosen(Party),
            Chosen(Occupation), Chosen(Education), IsReelected, IsCountyDeputy, Phone);
        var location = await once.CreateAsync("deputies/new", IdempotencyKey, async () =>
        {
            var deputy = await sender.Send(command, ct);
            TempData.SetNotice($"已登记代表{deputy.Name}。");
            return $"/deputies/{deputy.Id}";
        }, ct);
        return Redirect(location);
    }

    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        once.Forget();
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var (_, term) = await sender.OfMyTownshipAsync(clock, ct);
        if (term is not null)
        {
            TermName = term.Name;
            Districts = await DeputyChoices.DistrictsAsync(sender, term.Id, ct);
        }
    }
}
