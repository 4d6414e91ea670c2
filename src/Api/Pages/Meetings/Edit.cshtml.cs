using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Meetings;
using DeputyPortal.Application.Meetings.Get;
using DeputyPortal.Application.Meetings.Revise;
using DeputyPortal.Application.Terms.Get;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Meetings;

/// <summary>
/// 修改主席团会议: the whole record again (attendance, decisions, follow-ups completed), sent as
/// <see cref="RevisePresidiumMeeting"/> at the version the form was loaded with, so a change made meanwhile is refused
/// rather than overwritten. Quorum and outcomes are decided again.
/// </summary>
[PortalPage(typeof(GetPresidiumMeeting), typeof(RevisePresidiumMeeting))]
public sealed class EditModel(ISender sender) : MeetingFormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var meeting = await sender.Send(new GetPresidiumMeeting(Id), ct);
        Fill(meeting);
        Version = meeting.Version;
        await LoadAsync(meeting, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = new RevisePresidiumMeeting(HeldAtInstant, Kind, Place, AgendaItems, AttendanceInputs, InvitedDeputyIds, Minutes, DecisionInputs)
        {
            Id = Id,
            ExpectedVersion = Version,
        };
        await sender.Send(command, ct);
        return Redirect($"/meetings/{Id}");
    }

    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        var meeting = await sender.Send(new GetPresidiumMeeting(Id), ct);
        await LoadAsync(meeting, ct);
    }

    private async Task LoadAsync(PresidiumMeetingDto meeting, CancellationToken ct)
    {
        var term = await sender.Send(new GetTerm(meeting.TermId), ct);
        Choices = await MeetingChoices.LoadAsync(sender, term, HeldOnOr(meeting.HeldOn), ct);
    }
}
