using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Activities.Record;
using DeputyPortal.Application.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Activities;

/// <summary>
/// 登记活动: the secretary records a deputy or supervision activity of the township's current term. A second submit
/// of the same form goes to the activity the first one recorded (<see cref="PortalSubmitOnce"/>).
/// </summary>
[PortalPage(typeof(RecordActivity))]
public sealed class NewModel(ISender sender, TimeProvider clock, PortalSubmitOnce once) : ActivityFormPageModel
{
    [BindProperty]
    public Guid IdempotencyKey { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        StartsOn = clock.TodayInChina();
        IdempotencyKey = Guid.NewGuid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (townshipId, term) = await sender.OfMyTownshipAsync(clock, ct);
        if (term is null)
        {
            ModelState.AddModelError(string.Empty, "本乡镇尚未设立届次，不能登记活动。");
            return Page();
        }

        var command = new RecordActivity(
            townshipId!.Value, term.Id, Title ?? string.Empty, StartsOn, Kind, EndsOn, Place, Findings, OrganizingGroupId,
            SubjectUnitIds, ParticipantInputs, TallyInputs);
        var location = await once.CreateAsync(
            "activities/new", IdempotencyKey, async () => $"/activities/{(await sender.Send(command, ct)).Id}", ct);
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
            Choices = await ActivityChoices.LoadAsync(sender, term, ct);
        }
    }
}
