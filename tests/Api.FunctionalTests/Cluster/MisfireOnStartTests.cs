using System.Globalization;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Scheduling;
using Npgsql;

namespace DeputyPortal.Api.FunctionalTests.Cluster;

/// <summary>
/// Every instance down across several fire times of a daily job: the instance that starts next fires it once
/// (FireAndProceed), not once per missed time and not never. On a database of its own, since the instances stop.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class MisfireOnStartTests(PortalFactory portal)
{
    private static readonly DateTimeOffset LastFired = new(2026, 6, 12, 8, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task AfterADowntimeSpanningSeveralFireTimes_StartUpFiresOnce()
    {
        await using var database = await PeerHost.Database.CreateAsync(portal.ServerConnectionString);
        await using (var first = new PeerHost(database.ConnectionString).Started())
        {
            _ = await first.SchedulerAsync();
        }

        // The store as the last instance left it three days ago: fired on 06-12, next due on 06-13 08:00. The frozen
        // clock reads 06-15 10:00, so 06-13, 06-14 and 06-15 08:00 were all missed.
        await SetFireTimesAsync(database.ConnectionString, LastFired, LastFired.AddDays(1));
        Assert.Equal(0, await RunCountAsync(database.ConnectionString));

        await using var second = new PeerHost(database.ConnectionString).Started();
        _ = await second.SchedulerAsync();

        // Done when the trigger has moved past now, nothing is executing and the run is recorded.
        var next = await Eventually.WaitForAsync(
            async () => (Next: await NextFireAsync(database.ConnectionString), Runs: await RunCountAsync(database.ConnectionString), Firing: await FiringCountAsync(database.ConnectionString)),
            s => s.Next > TestWorld.Now && s.Runs >= 1 && s.Firing == 0,
            "the misfired trigger to fire and move on");

        Assert.Equal(1, next.Runs);
        Assert.Equal(new DateTimeOffset(2026, 6, 16, 8, 0, 0, TimeSpan.FromHours(8)), next.Next);
    }

    private static async Task SetFireTimesAsync(string connectionString, DateTimeOffset previous, DateTimeOffset next)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "UPDATE qrtz_triggers SET prev_fire_time = @previous, next_fire_time = @next WHERE trigger_name = @name AND trigger_group = @group", connection);
        command.Parameters.AddWithValue("previous", previous.UtcTicks);
        command.Parameters.AddWithValue("next", next.UtcTicks);
        command.Parameters.AddWithValue("name", ScheduledRequests.ProposalDeadlines.TriggerKey.Name);
        command.Parameters.AddWithValue("group", ScheduledRequests.ProposalDeadlines.TriggerKey.Group);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<DateTimeOffset> NextFireAsync(string connectionString)
    {
        var ticks = (long)(await ScalarAsync(connectionString, "SELECT next_fire_time FROM qrtz_triggers WHERE trigger_name = @name"))!;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static async Task<int> RunCountAsync(string connectionString) =>
        Convert.ToInt32(await ScalarAsync(connectionString, "SELECT count(*) FROM job_runs WHERE job_name = @job"), CultureInfo.InvariantCulture);

    private static async Task<int> FiringCountAsync(string connectionString) =>
        Convert.ToInt32(await ScalarAsync(connectionString, "SELECT count(*) FROM qrtz_fired_triggers WHERE job_name = @job"), CultureInfo.InvariantCulture);

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", ScheduledRequests.ProposalDeadlines.TriggerKey.Name);
        command.Parameters.AddWithValue("job", ScheduledRequests.ProposalDeadlines.Key.Name);
        return await command.ExecuteScalarAsync();
    }
}
