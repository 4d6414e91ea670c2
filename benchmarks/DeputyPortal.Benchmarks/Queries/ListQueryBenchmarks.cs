using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Constituents;
using DeputyPortal.Application.Constituents.List;
using DeputyPortal.Application.Deputies;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.HandlingUnits;
using DeputyPortal.Application.HandlingUnits.List;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeputyPortal.Benchmarks.Queries;

/// <summary>
/// The application's list queries (real handlers, real scoping filters, EF Core) beside hand-written SQL that gives
/// the same page, on a generated database of each scale. Ratio = handler time / SQL time.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class ListQueryBenchmarks
{
    private NpgsqlDataSource _dataSource = null!;
    private AppDbContext _secretaryDb = null!;
    private AppDbContext _countyDb = null!;
    private Guid _townshipId;
    private BenchmarkUser _secretary = null!;
    private BenchmarkUser _county = null!;

    [Params("town", "county", "province")]
    public string Scale { get; set; } = "town";

    [GlobalSetup]
    public void Setup()
    {
        var connectionString = BenchmarkDatabase.For(Scale);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        using (var system = BenchmarkDatabase.CreateContext(connectionString, SystemUser.Instance))
        {
            _townshipId = system.Townships.OrderBy(t => t.Code).Select(t => t.Id).First();
        }

        _secretary = new BenchmarkUser(Roles.TownshipSecretary, _townshipId);
        _county = new BenchmarkUser(Roles.CountyStaff, null);
        _secretaryDb = BenchmarkDatabase.CreateContext(connectionString, _secretary);
        _countyDb = BenchmarkDatabase.CreateContext(connectionString, _county);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _secretaryDb.Dispose();
        _countyDb.Dispose();
        _dataSource.Dispose();
    }

    [BenchmarkCategory("handling units, secretary"), Benchmark]
    public async Task<PagedList<HandlingUnitDto>> HandlingUnits_Handler() =>
        await new ListHandlingUnitsHandler(_secretaryDb).Handle(new ListHandlingUnits(), CancellationToken.None);

    [BenchmarkCategory("handling units, secretary"), Benchmark(Baseline = true)]
    public Task<SqlPage> HandlingUnits_Sql() => ReadPageAsync(
        "SELECT count(*) FROM handling_units WHERE township_id = $1",
        "SELECT id, township_id, name, kind, head_name, is_active, xmin FROM handling_units WHERE township_id = $1 ORDER BY name, id LIMIT 50",
        _townshipId);

    [BenchmarkCategory("handling units, county, all townships page 1"), Benchmark]
    public async Task<PagedList<HandlingUnitDto>> CountyHandlingUnits_Handler() =>
        await new ListHandlingUnitsHandler(_countyDb).Handle(new ListHandlingUnits(PageSize: 200), CancellationToken.None);

    [BenchmarkCategory("handling units, county, all townships page 1"), Benchmark(Baseline = true)]
    public Task<SqlPage> CountyHandlingUnits_Sql() => ReadPageAsync(
        "SELECT count(*) FROM handling_units",
        "SELECT id, township_id, name, kind, head_name, is_active, xmin FROM handling_units ORDER BY name, id LIMIT 200");

    private const string DeputyColumns =
        "id, township_id, term_id, district_id, name, gender, birth_date, ethnicity, party, occupation, education, phone, "
        + "is_reelected, is_county_deputy, status, terminated_on, termination_reason, xmin";

    [BenchmarkCategory("deputies, secretary, roster page 1"), Benchmark]
    public async Task<PagedList<DeputyDto>> TownshipDeputies_Handler() =>
        await new ListDeputiesHandler(_secretaryDb).Handle(new ListDeputies(), CancellationToken.None);

    [BenchmarkCategory("deputies, secretary, roster page 1"), Benchmark(Baseline = true)]
    public Task<SqlPage> TownshipDeputies_Sql() => ReadPageAsync(
        "SELECT count(*) FROM deputies WHERE township_id = $1",
        $"SELECT {DeputyColumns} FROM deputies WHERE township_id = $1 ORDER BY name, id LIMIT 50",
        _townshipId);

    [BenchmarkCategory("deputies, county, whole county by name, page 1 of 200"), Benchmark]
    public async Task<PagedList<DeputyDto>> CountyDeputies_Handler() =>
        await new ListDeputiesHandler(_countyDb).Handle(new ListDeputies(PageSize: 200), CancellationToken.None);

    [BenchmarkCategory("deputies, county, whole county by name, page 1 of 200"), Benchmark(Baseline = true)]
    public Task<SqlPage> CountyDeputies_Sql() => ReadPageAsync(
        "SELECT count(*) FROM deputies",
        $"SELECT {DeputyColumns} FROM deputies ORDER BY name, id LIMIT 200");

    private const string ConstituentColumns = "id, township_id, deputy_id, name, kind, village, address, phone, is_active, xmin";

    [BenchmarkCategory("constituents, secretary, page 1 by name"), Benchmark]
    public async Task<PagedList<ConstituentDto>> TownshipConstituents_Handler() =>
        await new ListConstituentsHandler(_secretaryDb).Handle(new ListConstituents(), CancellationToken.None);

    [BenchmarkCategory("constituents, secretary, page 1 by name"), Benchmark(Baseline = true)]
    public Task<SqlPage> TownshipConstituents_Sql() => ReadPageAsync(
        "SELECT count(*) FROM constituents WHERE township_id = $1",
        $"SELECT {ConstituentColumns} FROM constituents WHERE township_id = $1 ORDER BY name, id LIMIT 50",
        _townshipId);

    [BenchmarkCategory("constituents, county, whole county by village, page 1 of 200"), Benchmark]
    public async Task<PagedList<ConstituentDto>> CountyConstituents_Handler() =>
        await new ListConstituentsHandler(_countyDb).Handle(new ListConstituents(PageSize: 200, Sort: "village"), CancellationToken.None);

    [BenchmarkCategory("constituents, county, whole county by village, page 1 of 200"), Benchmark(Baseline = true)]
    public Task<SqlPage> CountyConstituents_Sql() => ReadPageAsync(
        "SELECT count(*) FROM constituents",
        $"SELECT {ConstituentColumns} FROM constituents ORDER BY village, id LIMIT 200");

    /// <summary>Reads "count; page rows" the way the handler's answer is built: total, then each row's columns.</summary>
    private async Task<SqlPage> ReadPageAsync(string countSql, string pageSql, params object[] parameters)
    {
        await using var batch = _dataSource.CreateBatch();
        foreach (var sql in new[] { countSql, pageSql })
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync();
        await reader.ReadAsync();
        var total = reader.GetInt64(0);
        await reader.NextResultAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
        }

        return new SqlPage(total, ids);
    }
}

/// <summary>What a hand-written list query answers: the total and the ids of the page, in order.</summary>
public sealed record SqlPage(long Total, IReadOnlyList<Guid> Ids);
