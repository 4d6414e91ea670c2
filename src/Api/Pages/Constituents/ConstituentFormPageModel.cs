using DeputyPortal.Api.Portal;
using DeputyPortal.Domain.Constituents;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Constituents;

/// <summary>
/// The fields that entering and correcting a constituent share (<c>_ConstituentFields</c>), bound under the requests'
/// own names so each message stands beside its field. Only the township's secretary uses these forms, and the rule
/// shows them address and phone in full, so what they correct is what is stored.
/// </summary>
public abstract class ConstituentFormPageModel : PortalPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public ConstituentKind? Kind { get; set; } = ConstituentKind.Voter;

    [BindProperty]
    public string? Village { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    /// <summary>An empty choice as a value no kind has, which the application refuses with its own message.</summary>
    protected ConstituentKind ChosenKind => Kind ?? (ConstituentKind)(-1);
}
