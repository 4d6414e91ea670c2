using DeputyPortal.Api.Portal;
using DeputyPortal.Domain.HandlingUnits;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Units;

/// <summary>The fields that registering and correcting a handling unit share (<c>_UnitFields</c>), under the requests' own names.</summary>
public abstract class UnitFormPageModel : PortalPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public HandlingUnitKind? Kind { get; set; }

    [BindProperty]
    public string? HeadName { get; set; }

    /// <summary>An empty choice as a value no kind has, which the application refuses with its own message.</summary>
    protected HandlingUnitKind ChosenKind => Kind ?? (HandlingUnitKind)(-1);
}
