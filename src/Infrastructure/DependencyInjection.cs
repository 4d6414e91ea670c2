using DeputyPortal.Application.Auditing;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Me;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Users;
using DeputyPortal.Infrastructure.Auditing;
using DeputyPortal.Infrastructure.Identity;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Persistence.Idempotency;
using DeputyPortal.Infrastructure.Persistence.Interceptors;
using DeputyPortal.Infrastructure.Scheduling;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "DeputyPortal";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ConnectionSettings.WithAppSessionDefaults(configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set; scripts/run.sh sets it for the private cluster."));

        services.AddScoped<AuditInterceptor>();
        services.AddScoped<AfterTransaction>();
        services.AddDbContext<AppDbContext>((provider, options) => options
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(provider.GetRequiredService<AuditInterceptor>(), provider.GetRequiredService<AfterTransaction>())
            .EnableSensitiveDataLogging(false)
            .ConfigureWarnings(NoRowValuesInLogs));
        services.AddScoped<IAppDbContext>(provider => provider.GetRequiredService<AppDbContext>());
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoData.DemoDataSeeder>();
        services.AddScoped<IdempotencyStore>();
        services.AddScoped<JobHistory>();
        services.AddScoped<Application.Jobs.IScheduledJobs, ScheduledJobs>();
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection(IdempotencyOptions.Section))
            .Validate(o => o.RetentionHours > 0, "Idempotency:RetentionHours must be a positive number of hours.")
            .ValidateOnStart();
        services.AddScoped<IAuditChainVerifier, AuditChainVerifier>();
        services.AddScoped<IProposalNumbering, Persistence.Numbering.ProposalNumbering>();
        services.AddScoped<IAccountDirectory, AccountDirectory>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<AccessTokenHolders>();
        services.AddScoped<Application.Notifications.Sending.INotificationOutbox, Notifications.NotificationOutbox>();
        services.AddScoped<Application.Notifications.Sending.IReminderRecipients, Notifications.ReminderRecipients>();
        Notifications.Channels.NotificationChannelsSetup.AddNotificationChannels(services, configuration);
        services.AddMemoryCache();
        services.AddSingleton<AccountStates>();
        services.AddOptions<Application.Workbench.WorkbenchOptions>().Bind(configuration.GetSection(Application.Workbench.WorkbenchOptions.Section));

        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        if (configuration.GetValue("Scheduler:Enabled", true))
        {
            services.AddScheduler(connectionString, configuration.GetValue("Scheduler:ProvisionSchema", true), configuration.GetSection("Scheduler:Cron"));
        }

        return services;
    }

    /// <summary>
    /// EF Core logs a failed command, save or query with the database's exception, whose message and context can quote
    /// row values (the audit JSON, a key's values). Those events are not logged; the exception still reaches its
    /// caller, and the HTTP exception handler logs it through <see cref="DatabaseErrors.Redacted"/>.
    /// </summary>
    private static void NoRowValuesInLogs(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.CommandError, CoreEventId.SaveChangesFailed, CoreEventId.QueryIterationFailed);
}
