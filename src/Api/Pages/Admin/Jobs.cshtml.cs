using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Jobs;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Admin;

/// <summary>计划任务 (whoever may send its requests: administrators): every job's schedule and last run, and 立即运行.</summary>
[PortalPage(typeof(ListScheduledJobs), typeof(RunScheduledJob))]
public sealed class JobsModel(ISender sender) : PageModel
{
    public IReadOnlyList<ScheduledJobDto> Jobs { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Jobs = await sender.Send(new ListScheduledJobs(), ct);

    public async Task<IActionResult> OnPostRunAsync(string name, CancellationToken ct)
    {
        try
        {
            var requested = await sender.Send(new RunScheduledJob(name), ct);
            Message = $"已提交运行“{requested.JobName}”，完成后显示在最近运行中。";
        }
        catch (NotFoundException)
        {
            Message = $"计划任务“{name}”不存在。";
        }

        return RedirectToPage();
    }

    public static string ChinaTime(DateTimeOffset? time) =>
        time is { } t ? t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : "—";

    public static string Outcome(JobRunDto? run) => run is null ? "尚未运行" : run.Outcome == "Succeeded" ? "成功" : "失败";
}
