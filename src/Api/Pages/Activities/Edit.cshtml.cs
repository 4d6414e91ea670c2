using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Activities.Get;
using DeputyPortal.Application.Activities.Revise;
using DeputyPortal.Application.Terms.Get;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Activities;

/// <summary>
/// 修改活动: everything recorded for an activity but its rectification items, sent as <see cref="ReviseActivity"/> at
/// the version the form was loaded with, so a change made meanwhile is refused rather than overwritten.
/// </summary>
[PortalPage(typeof(GetActivity), typeof(ReviseActivity))]
public sealed class EditModel(ISender sender) : ActivityFormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var activity = await sender.Send(new GetActivity(Id), ct);
        Fill(activity);
        Version = activity.Version;
        await LoadAsync(activity.TermId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = new ReviseActivity(
            Title ?? string.Empty, StartsOn, Kind, EndsOn, Place, Findings, OrganizingGroupId, SubjectUnitIds, ParticipantInputs, TallyInputs)
        {
            Id = Id,
            ExpectedVersion = Version,
        };
        await sender.Send(command, ct);
        return Redirect($"/activities/{Id}");
    }

    public override async Task ReloadAfterErrorsAsync(CancellationToken ct) =>
        await LoadAsync((await sender.Send(new GetActivity(Id), ct)).TermId, ct);

    private async Task LoadAsync(Guid termId, CancellationToken ct) =>
        Choices = await ActivityChoices.LoadAsync(sender, await sender.Send(new GetTerm(termId), ct), ct);
}
