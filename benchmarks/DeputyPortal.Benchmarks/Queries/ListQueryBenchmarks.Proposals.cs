using BenchmarkDotNet.Attributes;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.List;
using DeputyPortal.Benchmarks.Generation;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Benchmarks.Queries;

/// <summary>
/// The proposal list (issue 5): a secretary's and county staff's pages, plain and filtered by the warning, each beside
/// hand-written SQL giving the same page. The clock is frozen at the moment the generated county is seen at
/// (<see cref="CountyGenerator.Now"/>), so the colours and overdue proposals are those the generator intended. The
/// generator stores no township settings, so every township has the default thresholds, which the SQL writes as
/// constants (the smoke test asserts there are no settings rows).
/// </summary>
public partial class ListQueryBenchmarks
{
    private static readonly TimeProvider GenerationClock = new FrozenClock(CountyGenerator.Now);

    /// <summary>The business date of <see cref="CountyGenerator.Now"/> in China: the "today" of every warning.</summary>
    public static DateOnly GenerationToday => GenerationClock.TodayInChina();

    private const string ProposalColumns =
        "id, township_id, term_id, session_id, kind, number, title, category, lead_deputy_id, status, submitted_on, "
        + "lead_unit_id, assigned_on, is_key, is_complex, due_on, is_extended, handling_round, last_reply_class, "
        + "last_replied_on, last_rating, closed_on, xmin";

    /// <summary>Awaiting a reply (the only proposals with a colour or a deadline that can pass).</summary>
    private const string AwaitsReply = "status IN ('Assigned', 'Rehandling') AND due_on IS NOT NULL";

    /// <summary>Drafts are private to their signers and writers, so neither a secretary nor county staff lists them.</summary>
    private const string NotADraft = "status <> 'Draft'";

    private static readonly int RedDays = ProposalRules.Default.RedWarningDays;

    /// <summary>The list's colour of each row, worked out in SQL under the default thresholds; <paramref name="today"/> names the parameter.</summary>
    private static string WarningColumn(string today) =>
        $"CASE WHEN {AwaitsReply} THEN CASE WHEN due_on <= {today} + {RedDays} THEN 'red' "
        + $"WHEN due_on <= {today} + {ProposalRules.Default.YellowWarningDays} THEN 'yellow' ELSE 'green' END END AS warning_color";

    [BenchmarkCategory("proposals, secretary, page 1 newest submitted"), Benchmark]
    public async Task<PagedList<ProposalListItemDto>> TownshipProposals_Handler() =>
        await new ListProposalsHandler(_secretaryDb, GenerationClock).Handle(new ListProposals(), CancellationToken.None);

    [BenchmarkCategory("proposals, secretary, page 1 newest submitted"), Benchmark(Baseline = true)]
    public Task<SqlPage> TownshipProposals_Sql() => ReadPageAsync(
        $"SELECT count(*) FROM proposals WHERE township_id = $1 AND {NotADraft}",
        $"SELECT {ProposalColumns}, {WarningColumn("$2")} FROM proposals WHERE township_id = $1 AND {NotADraft} ORDER BY submitted_on DESC, id DESC LIMIT 50",
        _townshipId,
        GenerationToday);

    [BenchmarkCategory("proposals, secretary, red by due date"), Benchmark]
    public async Task<PagedList<ProposalListItemDto>> TownshipRedProposals_Handler() =>
        await new ListProposalsHandler(_secretaryDb, GenerationClock).Handle(new ListProposals(Color: "red", Sort: "dueOn"), CancellationToken.None);

    [BenchmarkCategory("proposals, secretary, red by due date"), Benchmark(Baseline = true)]
    public Task<SqlPage> TownshipRedProposals_Sql() => ReadPageAsync(
        $"SELECT count(*) FROM proposals WHERE township_id = $1 AND {AwaitsReply} AND due_on <= $2 + {RedDays}",
        $"SELECT {ProposalColumns}, {WarningColumn("$2")} FROM proposals "
        + $"WHERE township_id = $1 AND {AwaitsReply} AND due_on <= $2 + {RedDays} ORDER BY due_on, id LIMIT 50",
        _townshipId,
        GenerationToday);

    [BenchmarkCategory("proposals, county, all townships newest submitted, page 1 of 200"), Benchmark]
    public async Task<PagedList<ProposalListItemDto>> CountyProposals_Handler() =>
        await new ListProposalsHandler(_countyDb, GenerationClock).Handle(new ListProposals(PageSize: 200), CancellationToken.None);

    [BenchmarkCategory("proposals, county, all townships newest submitted, page 1 of 200"), Benchmark(Baseline = true)]
    public Task<SqlPage> CountyProposals_Sql() => ReadPageAsync(
        $"SELECT count(*) FROM proposals WHERE {NotADraft}",
        $"SELECT {ProposalColumns}, {WarningColumn("$1")} FROM proposals WHERE {NotADraft} ORDER BY submitted_on DESC, id DESC LIMIT 200",
        GenerationToday);

    [BenchmarkCategory("proposals, county, overdue"), Benchmark]
    public async Task<PagedList<ProposalListItemDto>> CountyOverdueProposals_Handler() =>
        await new ListProposalsHandler(_countyDb, GenerationClock).Handle(new ListProposals(Overdue: true), CancellationToken.None);

    [BenchmarkCategory("proposals, county, overdue"), Benchmark(Baseline = true)]
    public Task<SqlPage> CountyOverdueProposals_Sql() => ReadPageAsync(
        $"SELECT count(*) FROM proposals WHERE {AwaitsReply} AND due_on < $1",
        $"SELECT {ProposalColumns}, {WarningColumn("$1")} FROM proposals WHERE {AwaitsReply} AND due_on < $1 "
        + "ORDER BY submitted_on DESC, id DESC LIMIT 50",
        GenerationToday);

    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
