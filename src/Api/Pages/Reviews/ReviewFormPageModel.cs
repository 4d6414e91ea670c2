using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>The fields, choices and errors that recording and revising a review share, bound under the same names in both forms.</summary>
public abstract class ReviewFormPageModel : PageModel
{
    [BindProperty]
    public Guid DeputyId { get; set; }

    [BindProperty]
    public Guid? DistrictId { get; set; }

    [BindProperty]
    public DateOnly HeldOn { get; set; }

    [BindProperty]
    public string? Venue { get; set; }

    [BindProperty]
    public ReviewForm? Form { get; set; }

    [BindProperty]
    public string? ReportText { get; set; }

    [BindProperty]
    public int? VotersPresent { get; set; }

    [BindProperty]
    public int? Satisfied { get; set; }

    [BindProperty]
    public int? BasicallySatisfied { get; set; }

    [BindProperty]
    public int? Dissatisfied { get; set; }

    [BindProperty]
    public ReviewOutcome? Outcome { get; set; }

    public ReviewChoices Choices { get; protected set; } = new(new Dictionary<Guid, string>(), new Dictionary<Guid, string>());

    public ReviewFormErrors Errors { get; } = new();

    protected bool IsSecretary => User.FindFirst(PortalClaims.Role)?.Value == Roles.TownshipSecretary;
}
