using Microsoft.Extensions.Hosting;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// Puts the declared cron triggers into the shared store at start-up without losing a firing missed while every
/// instance was down. Quartz's own declaration replaces a stored trigger with a new one whose next fire time counts
/// from now, so the missed firing would never run; here a stored trigger with the same schedule is left as it is, its
/// next fire time in the past, and its misfire policy (FireAndProceed) runs it once. A trigger whose cron setting changed
/// is rescheduled from now; a missing one is added. Safe when several instances start at once.
/// </summary>
internal sealed class TriggerReconciler(ISchedulerFactory schedulers, SchedulerSetup.DeclaredTriggers declared, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var trigger in declared.Build(clock.GetUtcNow()))
        {
            var stored = await scheduler.GetTrigger(trigger.Key, cancellationToken);
            if (stored is ICronTrigger cron && SameSchedule(cron, trigger))
            {
                continue;
            }

            try
            {
                if (stored is null)
                {
                    await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
                }
                else
                {
                    await scheduler.RescheduleJob(trigger.Key, trigger, cancellationToken);
                }
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another instance starting at the same moment stored it first.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool SameSchedule(ICronTrigger stored, ICronTrigger declared) =>
        stored.JobKey.Equals(declared.JobKey)
        && stored.CronExpressionString == declared.CronExpressionString
        && stored.TimeZone.Id == declared.TimeZone.Id
        && stored.MisfireInstruction == declared.MisfireInstruction;
}
