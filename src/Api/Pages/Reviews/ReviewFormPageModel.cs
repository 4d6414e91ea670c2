using DeputyPortal.Api.Portal;
using DeputyPortal.Domain.Reviews;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>
/// The fields and choices that recording and revising a review share, bound under the same names in both forms; the
/// application's messages stand beside the field they name, the tally's three counts sharing one place.
/// </summary>
public abstract class ReviewFormPageModel : PortalPageModel
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

    /// <summary>The tally's three counts (and a rule about their sum) are answered under one key, "Tally".</summary>
    public override string FieldFor(string propertyPath) =>
        propertyPath.ToLowerInvariant() is "satisfied" or "basicallysatisfied" or "dissatisfied" or "tally" ? "Tally" : base.FieldFor(propertyPath);
}
