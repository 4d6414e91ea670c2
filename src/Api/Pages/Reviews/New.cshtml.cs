using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Reviews.Record;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>
/// 登记述职评议: the secretary records a deputy's report to the voters in the township's current term. The page
/// gathers the form and sends <see cref="RecordReview"/>; the rules and their messages are the application's. A
/// second submit of the same form goes to the review the first one created (<see cref="PortalSubmitOnce"/>).
/// </summary>
[PortalPage(typeof(RecordReview))]
public sealed class NewModel(ISender sender, TimeProvider clock, PortalSubmitOnce once) : ReviewFormPageModel
{
    [BindProperty]
    public Guid IdempotencyKey { get; set; }

    public string? TermName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        HeldOn = clock.TodayInChina();
        IdempotencyKey = Guid.NewGuid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (townshipId, term) = await sender.OfMyTownshipAsync(clock, ct);
        if (term is null)
        {
            ModelState.AddModelError(string.Empty, "本乡镇尚未设立届次，不能登记述职评议。");
            return Page();
        }

        var command = new RecordReview(
            townshipId!.Value,
            term.Id,
            DeputyId,
            HeldOn,
            ReportText ?? string.Empty,
            VotersPresent ?? 0,
            Satisfied ?? 0,
            BasicallySatisfied ?? 0,
            Dissatisfied ?? 0,
            Form,
            DistrictId,
            Venue,
            Outcome);
        var location = await once.CreateAsync("reviews/new", IdempotencyKey, async () => $"/reviews/{(await sender.Send(command, ct)).Id}", ct);
        return Redirect(location);
    }

    /// <summary>After a refused form: the claimed key was rolled back with the transaction; the choices again.</summary>
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
            Choices = await ReviewChoices.LoadAsync(sender, term.Id, ct);
        }
    }
}
