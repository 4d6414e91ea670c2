using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Compliance;
using DeputyPortal.Application.Compliance.Get;
using DeputyPortal.Application.Compliance.Report;
using DeputyPortal.Application.Imports;
using DeputyPortal.Application.Townships;
using DeputyPortal.Application.Townships.List;
using DeputyPortal.Domain.Compliance;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Compliance;

/// <summary>达标情况: one township's compliance in a quarter (R1, R2, R3, R4, R7) and its year (R6), with the offenders.</summary>
public sealed class IndexModel(ISender sender, TimeProvider clock) : PageModel
{
    public const int FirstYear = 2021;

    private static readonly string[] ReaderRoles = [Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin];

    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Quarter { get; set; }

    public IReadOnlyList<TownshipDto> Townships { get; private set; } = [];

    public TownshipComplianceDto? Compliance { get; private set; }

    public IEnumerable<int> Years => Enumerable.Range(FirstYear, clock.TodayInChina().Year - FirstYear + 1).Reverse();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ReaderRoles.Contains(User.FindFirst(PortalClaims.Role)?.Value))
        {
            return Forbid();
        }

        await ChoosePeriodAsync(ct);
        if (TownshipId is { } townshipId)
        {
            Compliance = await sender.Send(new GetTownshipCompliance(townshipId, Year, Quarter), ct);
        }

        return Page();
    }

    /// <summary>The quarter's report (达标情况.xlsx) of the chosen township.</summary>
    public async Task<IActionResult> OnGetReportAsync(CancellationToken ct)
    {
        if (!ReaderRoles.Contains(User.FindFirst(PortalClaims.Role)?.Value))
        {
            return Forbid();
        }

        await ChoosePeriodAsync(ct);
        if (TownshipId is not { } townshipId)
        {
            return NotFound();
        }

        var file = await sender.Send(new GetComplianceReport(townshipId, Year, Quarter), ct);
        return File(file.Content, SpreadsheetFile.ContentType, file.FileName);
    }

    public static string StatusClass(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "warn-green",
        ComplianceStatus.Pending => "warn-yellow",
        _ => "warn-red",
    };

    /// <summary>The township (the caller's own, or the first they may read) and the quarter (today's unless chosen, kept within range).</summary>
    private async Task ChoosePeriodAsync(CancellationToken ct)
    {
        Townships = (await sender.Send(new ListTownships(PageSize: 200, Sort: "name"), ct)).Items;
        if (TownshipId is null || Townships.All(t => t.Id != TownshipId))
        {
            TownshipId = Townships.Count > 0 ? Townships[0].Id : null;
        }

        var today = Domain.Compliance.Quarter.Of(clock.TodayInChina());
        Year = Year is { } year && year >= FirstYear && year <= today.Year ? year : today.Year;
        Quarter = Quarter is { } quarter && quarter is >= 1 and <= 4 ? quarter : today.Number;
    }
}
