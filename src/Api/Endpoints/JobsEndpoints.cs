using DeputyPortal.Application.Jobs;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>计划任务: the scheduled jobs, their history, and firing one now (Admin only, checked by each request).</summary>
public sealed class JobsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/admin/jobs").WithTags("系统管理 Admin");

        jobs.MapGet("/", async (ISender sender, CancellationToken ct) =>
            TypedResults.Ok(new { items = await sender.Send(new ListScheduledJobs(), ct) }));

        jobs.MapGet("/{name}/runs", async (string name, ISender sender, CancellationToken ct, int page = 1, int pageSize = Application.Common.Paging.Paging.DefaultPageSize) =>
            TypedResults.Ok(await sender.Send(new ListJobRuns(name, page, pageSize), ct)));

        // 202: the run is queued in the shared store; it appears in the job's runs under runId once it has finished.
        jobs.MapPost("/{name}/run", async (string name, ISender sender, CancellationToken ct) =>
        {
            var requested = await sender.Send(new RunScheduledJob(name), ct);
            return TypedResults.Accepted($"/api/v1/admin/jobs/{Uri.EscapeDataString(requested.JobName)}/runs", requested);
        });
    }
}
