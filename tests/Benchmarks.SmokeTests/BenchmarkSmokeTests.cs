using System.Reflection;
using BenchmarkDotNet.Attributes;
using DeputyPortal.Benchmarks.Micro;
using DeputyPortal.Benchmarks.Queries;
using Npgsql;

namespace DeputyPortal.Benchmarks.SmokeTests;

/// <summary>
/// Runs every benchmark method once on the town scale, the way BenchmarkDotNet would (setup, method, cleanup), so the
/// suites keep compiling and working between real runs. Timing is not asserted: figures live in docs/performance.md.
/// </summary>
public sealed class BenchmarkSmokeTests(TownScaleDatabase database) : IClassFixture<TownScaleDatabase>
{
    [Fact]
    public Task DomainBenchmarks_RunOnce() => RunOnceAsync(new DomainBenchmarks());

    [Fact]
    public Task ListQueryBenchmarks_RunOnce()
    {
        BenchmarkDatabase.Override = database.ConnectionString;
        return RunOnceAsync(new ListQueryBenchmarks { Scale = "town" });
    }

    [Fact]
    public async Task ListQueryBenchmarks_HandlerAndSqlGiveTheSameAnswer()
    {
        BenchmarkDatabase.Override = database.ConnectionString;
        var suite = new ListQueryBenchmarks { Scale = "town" };
        suite.Setup();
        try
        {
            var units = await suite.HandlingUnits_Handler();
            AssertSamePage(units.TotalCount, units.Items.Select(u => u.Id), await suite.HandlingUnits_Sql());
            var countyUnits = await suite.CountyHandlingUnits_Handler();
            AssertSamePage(countyUnits.TotalCount, countyUnits.Items.Select(u => u.Id), await suite.CountyHandlingUnits_Sql());
            var deputies = await suite.TownshipDeputies_Handler();
            AssertSamePage(deputies.TotalCount, deputies.Items.Select(d => d.Id), await suite.TownshipDeputies_Sql());
            var countyDeputies = await suite.CountyDeputies_Handler();
            AssertSamePage(countyDeputies.TotalCount, countyDeputies.Items.Select(d => d.Id), await suite.CountyDeputies_Sql());
            var constituents = await suite.TownshipConstituents_Handler();
            AssertSamePage(constituents.TotalCount, constituents.Items.Select(c => c.Id), await suite.TownshipConstituents_Sql());
            var countyConstituents = await suite.CountyConstituents_Handler();
            AssertSamePage(countyConstituents.TotalCount, countyConstituents.Items.Select(c => c.Id), await suite.CountyConstituents_Sql());
        }
        finally
        {
            suite.Cleanup();
        }
    }

    [Fact]
    public async Task ProposalListBenchmarks_HandlerAndSqlGiveTheSamePage()
    {
        // The SQL writes the default warning thresholds as constants: true only while no township stores its own.
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM township_settings"));
        BenchmarkDatabase.Override = database.ConnectionString;
        var suite = new ListQueryBenchmarks { Scale = "town" };
        suite.Setup();
        try
        {
            var township = await suite.TownshipProposals_Handler();
            AssertSamePage(township.TotalCount, township.Items.Select(p => p.Id), await suite.TownshipProposals_Sql());
            Assert.Equal(50, township.Items.Count);

            var red = await suite.TownshipRedProposals_Handler();
            AssertSamePage(red.TotalCount, red.Items.Select(p => p.Id), await suite.TownshipRedProposals_Sql());
            Assert.All(red.Items, p => Assert.Equal("red", p.WarningColor));
            Assert.Equal(red.Items.OrderBy(p => p.DueOn).ThenBy(p => p.Id).Select(p => p.Id), red.Items.Select(p => p.Id));

            var county = await suite.CountyProposals_Handler();
            AssertSamePage(county.TotalCount, county.Items.Select(p => p.Id), await suite.CountyProposals_Sql());
            Assert.Equal(200, county.Items.Count);

            var overdue = await suite.CountyOverdueProposals_Handler();
            AssertSamePage(overdue.TotalCount, overdue.Items.Select(p => p.Id), await suite.CountyOverdueProposals_Sql());
            Assert.All(overdue.Items, p => Assert.True(p.IsOverdue));

            // The frozen date is the generator's: its overdue proposals are overdue, and some are red without being overdue yet.
            Assert.Equal(
                await ScalarAsync(
                    "SELECT count(*) FROM proposals WHERE status IN ('Assigned', 'Rehandling') AND due_on < $1",
                    ListQueryBenchmarks.GenerationToday),
                overdue.TotalCount);
            Assert.True(red.TotalCount > overdue.TotalCount, $"{red.TotalCount} red, {overdue.TotalCount} overdue");
        }
        finally
        {
            suite.Cleanup();
        }
    }

    [Fact]
    public async Task ProfileBenchmarks_HandlerAndSqlGiveTheSameScores()
    {
        // The SQL writes the default points as constants: true only while no township stores its own.
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM township_settings"));
        BenchmarkDatabase.Override = database.ConnectionString;
        var suite = new ListQueryBenchmarks { Scale = "town" };
        suite.Setup();
        try
        {
            var township = await suite.TownshipProfiles_Handler();
            var townshipSql = await suite.TownshipProfiles_Sql();
            Assert.NotEmpty(township);
            Assert.Contains(township, p => p.Score > 0); // the generated year has records, so agreement is not trivial
            Assert.Contains(township, p => p.SessionsAttended > 0); // and a closed session with its attendance
            Assert.Equal(townshipSql.OrderBy(p => p.Key), township.ToDictionary(p => p.DeputyId, p => p.Score).OrderBy(p => p.Key));

            var county = await suite.CountyProfiles_Handler();
            var countySql = await suite.CountyProfiles_Sql();
            Assert.Equal(countySql.OrderBy(p => p.Key), county.ToDictionary(p => p.DeputyId, p => p.Score).OrderBy(p => p.Key));
        }
        finally
        {
            suite.Cleanup();
        }
    }

    [Fact]
    public async Task ComplianceBenchmarks_HandlerAndSqlGiveTheSameFigures()
    {
        // The SQL writes the default rules as constants: true only while no township stores its own.
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM township_settings"));
        BenchmarkDatabase.Override = database.ConnectionString;
        var suite = new ListQueryBenchmarks { Scale = "town" };
        suite.Setup();
        try
        {
            var answer = await suite.TownshipCompliance_Handler();
            var sql = await suite.TownshipCompliance_Sql();

            Assert.Equal(
                sql.Select(r => (r.Rule, r.Required, r.Counted, r.Total, r.Offenders)),
                answer.Rules.Select(r => (r.Rule, r.Required, r.Counted, r.Total, r.Offenders.Count)));

            // The generated quarter gives every rule something to count.
            Assert.All(sql.Where(r => r.Rule != "R2"), r => Assert.True(r.Total > 0, $"{r.Rule} counts nothing"));
        }
        finally
        {
            suite.Cleanup();
        }
    }

    private async Task<long> ScalarAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static void AssertSamePage(int handlerTotal, IEnumerable<Guid> handlerIds, SqlPage sql)
    {
        Assert.Equal(sql.Total, handlerTotal);
        Assert.NotEmpty(sql.Ids);
        Assert.Equal(sql.Ids, handlerIds);
    }

    private static async Task RunOnceAsync(object suite)
    {
        var methods = suite.GetType().GetMethods();
        Invoke<GlobalSetupAttribute>(suite, methods);
        try
        {
            foreach (var benchmark in methods.Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                var result = benchmark.Invoke(suite, null);
                if (result is Task task)
                {
                    await task;
                }

                Assert.NotNull(result);
            }
        }
        finally
        {
            Invoke<GlobalCleanupAttribute>(suite, methods);
        }
    }

    private static void Invoke<TAttribute>(object suite, MethodInfo[] methods)
        where TAttribute : Attribute
    {
        foreach (var method in methods.Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(suite, null);
        }
    }
}
