using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Meetings.Record;
using DeputyPortal.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Meetings;

/// <summary>
/// 记录主席团会议: the secretary (or a presidium member) records a meeting of the township's current term. The
/// attendance lists the members serving on the date of the meeting; the quorum is shown as it is reached. A second
/// submit of the same form goes to the meeting the first one recorded (<see cref="PortalSubmitOnce"/>).
/// </summary>
[PortalPage(typeof(RecordPresidiumMeeting))]
public sealed class NewModel(ISender sender, TimeProvider clock, PortalSubmitOnce once) : MeetingFormPageModel
{
    [BindProperty]
    public Guid IdempotencyKey { get; set; }

    /// <summary>The date whose serving members the form lists (<c>?heldOn=</c>), before a time is typed.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? HeldOn { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Today's meeting defaults to now (a time to come would be refused); another day's to nine in the morning.
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ChinaDates.Zone).DateTime;
        HeldAt = HeldOn is { } day && day != DateOnly.FromDateTime(now) ? day.ToDateTime(new TimeOnly(9, 0)) : now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
        IdempotencyKey = Guid.NewGuid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (_, term) = await sender.OfMyTownshipAsync(clock, ct);
        if (term is null)
        {
            ModelState.AddModelError(string.Empty, "本乡镇尚未设立届次，不能记录主席团会议。");
            await LoadAsync(ct);
            return Page();
        }

        var command = new RecordPresidiumMeeting(
            term.Id, HeldAtInstant, Kind, Place, AgendaItems, AttendanceInputs, InvitedDeputyIds, Minutes, DecisionInputs);
        var location = await once.CreateAsync(
            "meetings/new", IdempotencyKey, async () => $"/meetings/{(await sender.Send(command, ct)).Id}", ct);
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
            Choices = await MeetingChoices.LoadAsync(sender, term, HeldOnOr(clock.TodayInChina()), ct);
        }
    }
}
