using System.Text.Json;
using System.Text.Json.Serialization;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Reviews;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace DeputyPortal.Api.FunctionalTests.Settings;

/// <summary>
/// Migration SettingsGroups moves the compliance numbers and review thresholds from flat columns into jsonb groups:
/// a township that had set its own numbers before the upgrade keeps them after it.
/// </summary>
public sealed class SettingsGroupsMigrationTests
{
    private const string BeforeGroups = "20261201235747_PerformanceReviews";

    [Fact]
    public async Task Upgrade_KeepsEveryTownshipsStoredComplianceNumbersAndReviewThresholds()
    {
        var server = Environment.GetEnvironmentVariable("DEPUTYPORTAL_TEST_PG")
            ?? throw new InvalidOperationException("DEPUTYPORTAL_TEST_PG is not set: run the tests with scripts/test.sh.");
        var database = "migration_" + Guid.NewGuid().ToString("N");
        await Execute(server, $"CREATE DATABASE \"{database}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            await using var db = new AppDbContext(
                new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options,
                SystemUser.Instance);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(BeforeGroups);
            await Execute(connectionString, """
                SET session_replication_role = replica;
                INSERT INTO township_settings (id, township_id, motion_minimum_signers, handling_months, complex_handling_months,
                    session_assignment_months, co_unit_input_months, return_window_days, evaluation_working_days, rehandling_months,
                    yellow_warning_days, red_warning_days, proposal_categories, regular_meetings_per_quarter, quorum_numerator,
                    quorum_denominator, passing_numerator, passing_denominator, group_activities_per_quarter,
                    contacts_per_deputy_per_quarter, minimum_constituents_per_deputy, sessions_per_year, first_session_due_month,
                    new_term_first_session_months, review_excellent_percent, review_competent_percent, review_basically_competent_percent)
                VALUES (gen_random_uuid(), gen_random_uuid(), 5, 3, 6, 1, 1, 10, 20, 1, 30, 7, ARRAY['其他'],
                    2, 3, 4, 2, 3, 2, 3, 12, 3, 4, 3, 95, 75, 55);
                """);

            await migrator.MigrateAsync();

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT compliance::text, reviews::text, voter_reports::text FROM township_settings", connection);
            await using var row = await read.ExecuteReaderAsync();
            Assert.True(await row.ReadAsync());
            var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
            Assert.Equal(new ComplianceRules(2, 3, 4, 2, 3, 2, 3, 12, 3, 4, 3), JsonSerializer.Deserialize<ComplianceRules>(row.GetString(0), json));
            Assert.Equal(new ReviewRules(95, 75, 55), JsonSerializer.Deserialize<ReviewRules>(row.GetString(1), json));
            Assert.Equal(VoterReportRules.Default, JsonSerializer.Deserialize<VoterReportRules>(row.GetString(2), json));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
