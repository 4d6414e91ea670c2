using System.Reflection;
using BenchmarkDotNet.Attributes;
using DeputyPortal.Benchmarks.Micro;
using DeputyPortal.Benchmarks.Queries;

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
            AssertSamePage(await suite.HandlingUnits_Handler(), await suite.HandlingUnits_Sql());
            AssertSamePage(await suite.CountyHandlingUnits_Handler(), await suite.CountyHandlingUnits_Sql());
        }
        finally
        {
            suite.Cleanup();
        }
    }

    private static void AssertSamePage(Application.Common.Paging.PagedList<Application.HandlingUnits.HandlingUnitDto> handler, SqlPage sql)
    {
        Assert.Equal(sql.Total, handler.TotalCount);
        Assert.NotEmpty(sql.Ids);
        Assert.Equal(sql.Ids, handler.Items.Select(i => i.Id));
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
