using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Profiles;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Profiles;

/// <summary>代表履职档案: one deputy's year on one printable page (a deputy: only their own, as GET /deputies/{id}/profile).</summary>
public sealed class ArchiveModel(ISender sender, TimeProvider clock) : PageModel
{
    private static readonly string[] ReaderRoles = [Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin, Roles.Deputy];

    [BindProperty(SupportsGet = true)]
    public Guid DeputyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public DutyProfileDto Profile { get; private set; } = null!;

    public DateOnly PrintedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ReaderRoles.Contains(User.FindFirst(PortalClaims.Role)?.Value))
        {
            return Forbid();
        }

        PrintedOn = clock.TodayInChina();
        var year = Year is { } y && y >= 2000 && y <= PrintedOn.Year ? y : PrintedOn.Year;
        Profile = await sender.Send(new GetDeputyProfile(DeputyId, year), ct);
        return Page();
    }
}
