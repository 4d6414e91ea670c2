using System.Text.RegularExpressions;
using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Calendar;
using DeputyPortal.Application.Calendar.Get;
using DeputyPortal.Application.Calendar.Replace;
using DeputyPortal.Application.Common;
using DeputyPortal.Domain.Calendar;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Admin;

/// <summary>
/// 节假日 (whoever may send its requests: administrators): one year's holidays and adjusted working days (调休上班), as
/// the State Council notice lists them, which every working-day deadline counts by. The administrator edits the rows
/// (blank rows are left out) and saves the whole year at once with <see cref="ReplaceCalendarYear"/>; a refused save
/// keeps every row as typed and shows each message beside its row.
/// </summary>
[PortalPage(typeof(GetCalendar), typeof(ReplaceCalendarYear))]
public sealed partial class CalendarModel(ISender sender, TimeProvider clock) : PortalPageModel
{
    /// <summary>Blank rows offered below the year's days, for the days to add.</summary>
    public const int BlankRows = 10;

    /// <summary>The rows sent as the command's days, in its order, so a day's message finds its row.</summary>
    private List<int> _sentRows = [];

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public List<DayRow> Days { get; set; } = [];

    /// <summary>The year shown: the one asked for, else this year.</summary>
    public int ShownYear => Year ?? clock.TodayInChina().Year;

    public int OnFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Year is < CalendarYears.First or > CalendarYears.Last)
        {
            return BadRequest();
        }

        var calendar = await sender.Send(new GetCalendar(ShownYear), ct);
        OnFile = calendar.Days.Count;
        Days = [.. calendar.Days.Select(d => new DayRow { Date = d.Date, Kind = d.Kind, Holiday = d.Holiday })];
        Days.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new DayRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        _sentRows = [.. Enumerable.Range(0, Days.Count).Where(i => !Days[i].IsBlank)];
        var days = _sentRows
            .Select(i => new CalendarDayInput(Days[i].Date ?? default, Days[i].Kind ?? (CalendarDayKind)(-1), Days[i].Holiday ?? string.Empty))
            .ToList();
        var saved = await sender.Send(new ReplaceCalendarYear(ShownYear, days), ct);
        TempData.SetNotice($"已保存{saved.Year}年节假日安排，共 {saved.Days.Count} 天。");
        return Redirect($"/admin/calendar?year={saved.Year}");
    }

    /// <summary>After a refused save: how many days are on file; the rows stay as typed.</summary>
    public override async Task ReloadAfterErrorsAsync(CancellationToken ct) =>
        OnFile = (await sender.Send(new GetCalendar(ShownYear), ct)).Days.Count;

    /// <summary>"Days[1].Date" is about the second row sent: shown beside that row.</summary>
    public override string FieldFor(string propertyPath)
    {
        var day = DayPath().Match(propertyPath);
        return day.Success && int.Parse(day.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var index && index < _sentRows.Count
            ? $"Days[{_sentRows[index]}]"
            : base.FieldFor(propertyPath);
    }

    [GeneratedRegex(@"^[Dd]ays\[(\d+)\](.*)$")]
    private static partial Regex DayPath();

    public sealed class DayRow
    {
        public DateOnly? Date { get; set; }

        public CalendarDayKind? Kind { get; set; }

        public string? Holiday { get; set; }

        public bool IsBlank => Date is null && Kind is null && string.IsNullOrWhiteSpace(Holiday);
    }
}
