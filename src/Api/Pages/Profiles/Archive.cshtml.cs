using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Profiles;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Profiles;

/// <summary>代表履职档案: one deputy's year on one printable page (a deputy: only their own, as GET /deputies/{id}/profile).</summary>
[PortalPage(typeof(GetDeputyProfile))]
public sealed class ArchiveModel(ISender sender, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid DeputyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public DutyProfileDto Profile { get; private set; } = null!;

    public DateOnly PrintedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PrintedOn = clock.TodayInChina();
        var year = Year is { } y && y >= 2000 && y <= PrintedOn.Year ? y : PrintedOn.Year;
        Profile = await sender.Send(new GetDeputyProfile(DeputyId, year), ct);
        return Page();
    }
}
