using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Profiles;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Me;

/// <summary>我的履职: the signed-in deputy's duty profile on a phone (the same request as GET /api/v1/me/profile).</summary>
[PortalPage(typeof(GetMyProfile))]
public sealed class ProfileModel(ISender sender, TimeProvider clock) : PageModel
{
    public const int FirstYear = 2021;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public MyProfileDto? Mine { get; private set; }

    public IEnumerable<int> Years => Enumerable.Range(FirstYear, clock.TodayInChina().Year - FirstYear + 1).Reverse();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = clock.TodayInChina().Year;
        Year = Year is { } y && y >= FirstYear && y <= today ? y : today;
        Mine = await sender.Send(new GetMyProfile(Year), ct);
        return Page();
    }
}
