using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Reviews.Get;
using DeputyPortal.Application.Reviews.Revise;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Reviews;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>
/// 修改述职评议: the secretary changes a review, the outcome included (this is how an outcome is confirmed or
/// changed), sending <see cref="ReviseReview"/> at the version the form was loaded with, so a change made meanwhile
/// by someone else is refused rather than overwritten.
/// </summary>
[PortalPage(typeof(GetReview), typeof(ReviseReview))]
public sealed class EditModel(ISender sender) : ReviewFormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public string? TermName { get; private set; }

    /// <summary>"：称职" after the proposal shown in the outcome's empty choice, when there is one.</summary>
    public string ProposedLabel { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var review = await sender.Send(new GetReview(Id), ct);
        (Version, DeputyId, DistrictId, HeldOn, Venue, Form, ReportText) =
            (review.Version, review.DeputyId, review.DistrictId, review.HeldOn, review.Venue, review.Form, review.ReportText);
        (VotersPresent, Satisfied, BasicallySatisfied, Dissatisfied, Outcome) =
            (review.VotersPresent, review.Satisfied, review.BasicallySatisfied, review.Dissatisfied, review.Outcome ?? review.ProposedOutcome);
        await LoadAsync(review.TermId, review.ProposedOutcome, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = new ReviseReview(
            DeputyId, HeldOn, ReportText ?? string.Empty, VotersPresent ?? 0, Satisfied ?? 0, BasicallySatisfied ?? 0, Dissatisfied ?? 0,
            Form, DistrictId, Venue, Outcome) { Id = Id, ExpectedVersion = Version };
        await sender.Send(command, ct);
        return Redirect($"/reviews/{Id}");
    }

    /// <summary>After a refused form: the choices of the review's term again.</summary>
    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        var review = await sender.Send(new GetReview(Id), ct);
        await LoadAsync(review.TermId, review.ProposedOutcome, ct);
    }

    private async Task LoadAsync(Guid termId, ReviewOutcome? proposed, CancellationToken ct)
    {
        Choices = await ReviewChoices.LoadAsync(sender, termId, ct);
        ProposedLabel = proposed is { } p ? "：" + p.Label() : string.Empty;
    }
}
