using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Calendar;
using DeputyPortal.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DeputyPortal.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current schema and reference data at start-up: migrations (EF Core takes a database
/// lock, so instances starting together take turns), the six roles, and the shipped holiday calendars. It runs as the
/// system (resolve it from a scope begun by <see cref="ISystemScopes"/>): the calendars it adds are audited as the system's.
/// </summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db, RoleManager<IdentityRole<Guid>> roles, ICurrentUser user, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        SystemUser.Require(user, nameof(DatabaseInitializer));
        await db.Database.MigrateAsync(ct);
        await EnsureRolesAsync();
        await EnsureOfficialCalendarsAsync(ct);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }
    }

    /// <summary>Adds a shipped year only when the database has no day of it, so an administrator's corrections stay.</summary>
    private async Task EnsureOfficialCalendarsAsync(CancellationToken ct)
    {
        var knownYears = await db.CalendarDays.Select(d => d.Date.Year).Distinct().ToListAsync(ct);
        foreach (var (year, days) in OfficialHolidaySchedules.ByYear.Where(y => !knownYears.Contains(y.Key)))
        {
            db.CalendarDays.AddRange(days);
            LogCalendarAdded(year, days.Count);
        }

        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added the official holiday calendar of {Year} ({Days} days)")]
    private partial void LogCalendarAdded(int year, int days);
}
