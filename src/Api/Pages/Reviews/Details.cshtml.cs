using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Reviews;
using DeputyPortal.Application.Reviews.Get;
using DeputyPortal.Application.Reviews.Revise;
using DeputyPortal.Application.Common.Exceptions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>
/// One review, read-only, as <see cref="GetReview"/> scopes it (another deputy's is not found). The secretary may
/// confirm the proposed outcome here in one click (a <see cref="ReviseReview"/> that changes only the outcome, at
/// the version shown) or change anything on the 修改 page.
/// </summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public ReviewDto Review { get; private set; } = null!;

    public string? Error { get; private set; }

    public bool CanRevise => User.FindFirst(PortalClaims.Role)?.Value == Roles.TownshipSecretary;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Review = await sender.Send(new GetReview(id), ct);

    /// <summary>Confirms the outcome the thresholds proposed, if the review has not changed since it was shown.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(Guid id, uint version, CancellationToken ct)
    {
        var review = await sender.Send(new GetReview(id), ct);
        if (review.ProposedOutcome is null || !CanRevise)
        {
            return Forbid();
        }

        try
        {
            await sender.Send(
                new ReviseReview(
                    review.DeputyId, review.HeldOn, review.ReportText, review.VotersPresent, review.Satisfied, review.BasicallySatisfied,
                    review.Dissatisfied, review.Form, review.DistrictId, review.Venue, review.ProposedOutcome) { Id = id, ExpectedVersion = version },
                ct);
            return RedirectToPage("/Reviews/Details", new { id });
        }
        catch (Exception e) when (e is StaleVersionException or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            Review = await sender.Send(new GetReview(id), ct);
            Error = "记录已被他人修改，请查看后重试。";
            return Page();
        }
    }
}
