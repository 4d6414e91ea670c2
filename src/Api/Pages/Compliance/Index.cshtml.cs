using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Compliance;
using DeputyPortal.Application.Compliance.Get;
using DeputyPortal.Application.Compliance.Report;
using DeputyPortal.Application.Compliance.Terms;
using DeputyPortal.Application.Imports;
using DeputyPortal.Application.Townships;
using DeputyPortal.Application.Townships.List;
using DeputyPortal.Domain.Compliance;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Compliance;

/// <summary>
/// 达标情况: one township's compliance in a quarter (R1, R2, R3, R4, R7) and its year (R6), with the offenders; and, for
/// its current term, the deputies' reports to voters (R5, those not yet reported named) and the term structure (R10).
/// </summary>
[PortalPage(typeof(GetTownshipCompliance))]
public sealed class IndexModel(ISender sender, TimeProvider clock) : PageModel
{
    public const int FirstYear = 2021;

    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Quarter { get; set; }

    public IReadOnlyList<TownshipDto> Townships { get; private set; } = [];

    public TownshipComplianceDto? Compliance { get; private set; }

    /// <summary>R5 of the township's current term: how many deputies have reported to voters, and who has not.</summary>
    public VoterReportSummaryDto? VoterReports { get; private set; }

    /// <summary>R10 of the township's current term.</summary>
    public TermStructureDto? TermStructure { get; private set; }

    public IEnumerable<int> Years => Enumerable.Range(FirstYear, clock.TodayInChina().Year - FirstYear + 1).Reverse();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ChoosePeriodAsync(ct);
        if (TownshipId is { } townshipId)
        {
            Compliance = await sender.Send(new GetTownshipCompliance(townshipId, Year, Quarter), ct);
            if (await HasTermAsync(townshipId, ct))
            {
                VoterReports = await sender.Send(new GetVoterReportSummary(townshipId), ct);
                TermStructure = await sender.Send(new GetTermStructure(townshipId), ct);
            }
        }

        return Page();
    }

    /// <summary>The term structure (代表结构.xlsx) of the chosen township's current term.</summary>
    public async Task<IActionResult> OnGetTermStructureReportAsync(CancellationToken ct)
    {
        await ChoosePeriodAsync(ct);
        if (TownshipId is not { } townshipId)
        {
            return NotFound();
        }

        var file = await sender.Send(new GetTermStructureReport(townshipId), ct);
        return File(file.Content, SpreadsheetFile.ContentType, file.FileName);
    }

    /// <summary>Every deputy's report to voters (述职情况.xlsx) in the chosen township's current term.</summary>
    public async Task<IActionResult> OnGetVoterReportsReportAsync(CancellationToken ct)
    {
        await ChoosePeriodAsync(ct);
        if (TownshipId is not { } townshipId)
        {
            return NotFound();
        }

        var file = await sender.Send(new GetVoterReportsReport(townshipId), ct);
        return File(file.Content, SpreadsheetFile.ContentType, file.FileName);
    }

    public static string FlagClass(StructureFlagStatus status) => status switch
    {
        StructureFlagStatus.Met => "warn-green",
        StructureFlagStatus.NoComparison => "warn-yellow",
        _ => "warn-red",
    };

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>Whether the township has a term that has begun, so R5 and R10 have something to answer for.</summary>
    private async Task<bool> HasTermAsync(Guid townshipId, CancellationToken ct)
    {
        var today = clock.TodayInChina();
        var terms = await sender.Send(new Application.Terms.List.ListTerms(TownshipId: townshipId, PageSize: 200), ct);
        return terms.Items.Any(t => t.StartsOn <= today);
    }

    /// <summary>The quarter's report (达标情况.xlsx) of the chosen township.</summary>
    public async Task<IActionResult> OnGetReportAsync(CancellationToken ct)
    {
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
