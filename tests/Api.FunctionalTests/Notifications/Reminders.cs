using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Identity;
using DeputyPortal.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Notifications;

/// <summary>
/// Runs a reminder sweep through the pipeline as the system on a chosen day: the application with its clock frozen at
/// 08:00 (China time, when the daily jobs fire) of that day, on the suite's database, its scheduler off. Reads what
/// each user's inbox holds through the inbox API.
/// </summary>
public sealed class Reminders(PortalFactory portal)
{
    public async Task<int> SweepOnAsync(DateOnly day, ICommand<int> sweep)
    {
        var now = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(8));
        await using var host = portal.WithWebHostBuilder(b => b
            .UseSetting("Scheduler:Enabled", "false")
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FrozenTimeProvider(now))));
        await using var scope = host.Services.GetRequiredService<ISystemScopes>().Begin();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(sweep);
    }

    public async Task<int> CountAllAsync()
    {
        await using var scope = portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Notifications.CountAsync();
    }

    /// <summary>The reminders in a user's inbox, as (kind, subject) pairs in a stable order.</summary>
    public async Task<(string Kind, Guid Subject)[]> InboxAsync(string user) =>
        [.. (await ItemsAsync(user))
            .Select(i => (i.GetProperty("kind").GetString()!, i.GetProperty("subjectId").GetGuid()))
            .OrderBy(i => i.Item1, StringComparer.Ordinal)
            .ThenBy(i => i.Item2)];

    public async Task<List<JsonElement>> ItemsAsync(string user)
    {
        var response = await (await portal.ClientForAsync(user)).GetAsync("/api/v1/me/notifications?pageSize=100");
        await response.ShouldBe(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()];
    }

    /// <summary>Locks an account (an administrator's lock): it receives nothing until unlocked.</summary>
    public async Task LockAsync(string user)
    {
        await using var scope = portal.SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var account = await users.FindByNameAsync(user) ?? throw new InvalidOperationException(user);
        await users.SetLockoutEnabledAsync(account, true);
        await users.SetLockoutEndDateAsync(account, TestWorld.Now.ToUniversalTime().AddYears(100));
    }

    public static (string Kind, Guid Subject)[] Expect(params (string Kind, Guid Subject)[] items) =>
        [.. items.OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Subject)];
}
