using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// Quartz in the API process with its persistent ADO store in the application's PostgreSQL database, clustered:
/// a restart loses no trigger and two instances never run the same firing. Reminder jobs are added by the features
/// that need them.
/// </summary>
internal static class SchedulerSetup
{
    public static IServiceCollection AddScheduler(this IServiceCollection services, string connectionString, bool provisionSchema)
    {
        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(NpgsqlFactory.Instance, connectionString);
                store.UseSystemTextJsonSerializer();
                store.UseClustering();
                if (provisionSchema)
                {
                    store.ProvisionSchema();
                }
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddQuartz(_ => { });
        return services;
    }
}
