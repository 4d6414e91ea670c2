using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Imports;
using DeputyPortal.Application.Profiles;
using DeputyPortal.Application.Townships;
using DeputyPortal.Application.Townships.List;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Profiles;

/// <summary>履职情况: a township's duty profiles in a year, sortable by score or any component, with the workbook and each deputy's archive.</summary>
[PortalPage(typeof(ListTownshipProfiles))]
public sealed class IndexModel(ISender sender, TimeProvider clock) : PageModel
{
    public const int FirstYear = 2021;

    [BindProperty(SupportsGet = true)]
    public Guid? TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    public IReadOnlyList<TownshipDto> Townships { get; private set; } = [];

    public PagedList<DutyProfileDto>? Profiles { get; private set; }

    public IEnumerable<int> Years => Enumerable.Range(FirstYear, clock.TodayInChina().Year - FirstYear + 1).Reverse();

    /// <summary>The columns: sort key and heading.</summary>
    public static readonly (string Key, string Heading)[] Columns =
    [
        ("rank", "名次"), ("name", "姓名"), ("district", "选区"), ("score", "积分"),
        ("sessionsAttended", "大会"), ("presidiumMeetingsAttended", "主席团"), ("groupActivitiesAttended", "小组活动"),
        ("groupActivitiesMissed", "缺席"), ("groupActivitiesOnLeave", "请假"), ("supervisionActivitiesAttended", "监督"),
        ("proposalsLed", "领衔"), ("proposalsCoSigned", "附议"), ("contactsLogged", "联系次数"), ("constituentsReached", "联系人数"),
        ("receptionDays", "接待日"), ("trainings", "培训"), ("latestReviewSatisfactionRate", "述职满意率"),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ChooseAsync(ct);
        if (TownshipId is { } townshipId)
        {
            Profiles = await sender.Send(new ListTownshipProfiles(townshipId, Year, Name: Name, PageSize: Paging.MaxPageSize, Sort: Sort), ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetReportAsync(CancellationToken ct)
    {
        await ChooseAsync(ct);
        if (TownshipId is not { } townshipId)
        {
            return NotFound();
        }

        var file = await sender.Send(new GetProfilesReport(townshipId, Year), ct);
        return File(file.Content, SpreadsheetFile.ContentType, file.FileName);
    }

    /// <summary>The sort in force, as the list reads it.</summary>
    public string CurrentSort => Sort ?? ProfileSort.Default;

    /// <summary>Names and ranks read from the top; scores and counts from the highest.</summary>
    public static string FirstDirection(string key) => key is "rank" or "name" or "district" ? "asc" : "desc";

    private async Task ChooseAsync(CancellationToken ct)
    {
        Townships = (await sender.Send(new ListTownships(PageSize: 200, Sort: "name"), ct)).Items;
        if (TownshipId is null || Townships.All(t => t.Id != TownshipId))
        {
            TownshipId = Townships.Count > 0 ? Townships[0].Id : null;
        }

        var today = clock.TodayInChina().Year;
        Year = Year is { } y && y >= FirstYear && y <= today ? y : today;
        Sort = Columns.Any(c => c.Key == Sort?.TrimStart('-')) ? Sort : null;
    }
}
