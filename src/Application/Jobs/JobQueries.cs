using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Jobs;

/// <summary>计划任务: every scheduled job with its schedule, last and next fire time and last outcome.</summary>
[Authorize(Roles.Admin)]
public sealed record ListScheduledJobs : IQuery<IReadOnlyList<ScheduledJobDto>>;

public sealed class ListScheduledJobsHandler(IScheduledJobs jobs) : IQueryHandler<ListScheduledJobs, IReadOnlyList<ScheduledJobDto>>
{
    public async ValueTask<IReadOnlyList<ScheduledJobDto>> Handle(ListScheduledJobs query, CancellationToken cancellationToken) =>
        await jobs.ListAsync(cancellationToken);
}

/// <summary>运行记录: one job's runs (kept 90 days), newest first.</summary>
[Authorize(Roles.Admin)]
public sealed record ListJobRuns(string Name = "", int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<JobRunDto>>, IPagedQuery
{
    string? IPagedQuery.Sort => null;
}

public sealed class ListJobRunsValidator : AbstractValidator<ListJobRuns>
{
    public ListJobRunsValidator() => Include(new PagedQueryValidator([]));
}

public sealed class ListJobRunsHandler(IScheduledJobs jobs) : IQueryHandler<ListJobRuns, PagedList<JobRunDto>>
{
    public async ValueTask<PagedList<JobRunDto>> Handle(ListJobRuns query, CancellationToken cancellationToken) =>
        await jobs.RunsAsync(query.Name, query.Page, query.PageSize, cancellationToken)
            ?? throw new NotFoundException("计划任务", query.Name);
}

/// <summary>立即运行: fires the job now through the scheduler; the run is recorded in its history like any other.</summary>
[Authorize(Roles.Admin)]
public sealed record RunScheduledJob(string Name) : ICommand<JobRunRequested>;

public sealed class RunScheduledJobHandler(IScheduledJobs jobs, ICurrentUser user) : ICommandHandler<RunScheduledJob, JobRunRequested>
{
    public async ValueTask<JobRunRequested> Handle(RunScheduledJob command, CancellationToken cancellationToken) =>
        await jobs.RunNowAsync(command.Name, user.UserId, cancellationToken)
            ?? throw new NotFoundException("计划任务", command.Name);
}
