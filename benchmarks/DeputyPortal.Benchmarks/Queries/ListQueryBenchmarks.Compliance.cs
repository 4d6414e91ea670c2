using BenchmarkDotNet.Attributes;
using DeputyPortal.Application.Compliance;
using DeputyPortal.Application.Compliance.Get;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Proposals;
using Npgsql;

namespace DeputyPortal.Benchmarks.Queries;

/// <summary>
/// A township's compliance answer (GET /townships/{id}/compliance, issue 12) for one quarter, beside hand-written SQL
/// that computes the same figures (required, counted, total and the number of offenders of R1, R2, R3, R4 and R7) in
/// one statement. The quarter is 2026 Q3, the last full quarter before <see cref="Generation.CountyGenerator.Now"/>,
/// with ten years of generated records around it. The generator stores no settings, so the SQL writes the default
/// rules as constants.
/// </summary>
public partial class ListQueryBenchmarks
{
    public const int ComplianceYear = 2026;
    public const int ComplianceQuarter = 3;

    private static readonly ComplianceRules Rules = ComplianceRules.Default;

    /// <summary>$1 township, $2 quarter start, $3 quarter end. One row per rule: rule, required, counted, total, offenders.</summary>
    private static readonly string ComplianceSql = $"""
        WITH terms_in AS (
            SELECT id FROM terms WHERE township_id = $1 AND starts_on <= $3 AND ends_on >= $2),
        r1 AS (
            SELECT count(*) AS total, count(*) FILTER (WHERE last_replied_on <= due_on) AS counted
            FROM proposals WHERE township_id = $1 AND due_on BETWEEN $2 AND $3),
        closed AS (
            SELECT id, closed_on FROM congress_sessions WHERE township_id = $1 AND closed_on BETWEEN $2 AND $3),
        r2 AS (
            SELECT count(p.id) AS total,
                   count(p.id) FILTER (WHERE p.assigned_on <= coalesce(p.assignment_expected_by, (c.closed_on + interval '{ProposalRules.Default.SessionAssignmentMonths} month')::date)) AS counted
            FROM closed c JOIN proposals p ON p.session_id = c.id AND p.township_id = $1
            WHERE p.status NOT IN ('Draft', 'Submitted', 'Rejected')),
        r3 AS (
            SELECT count(*) AS total, count(*) FILTER (WHERE kind = 'Regular' AND has_quorum) AS counted
            FROM presidium_meetings WHERE township_id = $1 AND held_on BETWEEN $2 AND $3),
        group_counts AS (
            SELECT g.id,
                   (SELECT count(*) FROM activities a
                    WHERE a.township_id = $1 AND a.organizing_group_id = g.id AND a.starts_on BETWEEN $2 AND $3
                      AND EXISTS (SELECT 1 FROM activity_participants p JOIN group_memberships m ON m.deputy_id = p.deputy_id AND m.group_id = g.id
                                  WHERE p.activity_id = a.id AND p.attendance = 'Present')) AS organised
            FROM representative_groups g WHERE g.township_id = $1 AND g.term_id IN (SELECT id FROM terms_in)),
        r4 AS (
            SELECT count(*) AS total, count(*) FILTER (WHERE organised >= {Rules.GroupActivitiesPerQuarter}) AS counted FROM group_counts),
        deputy_counts AS (
            SELECT d.id,
                   (SELECT count(*) FROM constituent_contacts c WHERE c.township_id = $1 AND c.deputy_id = d.id AND c.contacted_on BETWEEN $2 AND $3) AS contacts,
                   (SELECT count(*) FROM constituents k WHERE k.township_id = $1 AND k.deputy_id = d.id AND k.is_active) AS constituents
            FROM deputies d
            WHERE d.township_id = $1 AND d.term_id IN (SELECT id FROM terms_in) AND (d.terminated_on IS NULL OR d.terminated_on > $3)),
        r7 AS (
            SELECT count(*) AS total,
                   count(*) FILTER (WHERE contacts >= {Rules.ContactsPerDeputyPerQuarter} AND constituents >= {Rules.MinimumConstituentsPerDeputy}) AS counted
            FROM deputy_counts)
        SELECT 'R1', total, counted, total, total - counted FROM r1
        UNION ALL SELECT 'R2', total, counted, total, total - counted FROM r2
        UNION ALL SELECT 'R3', {Rules.RegularMeetingsPerQuarter}, counted, total, total - counted FROM r3
        UNION ALL SELECT 'R4', total, counted, total, total - counted FROM r4
        UNION ALL SELECT 'R7', total, counted, total, total - counted FROM r7
        """;

    [BenchmarkCategory("compliance, secretary, one township and quarter"), Benchmark]
    public async Task<TownshipComplianceDto> TownshipCompliance_Handler() =>
        await new GetTownshipComplianceHandler(_secretaryDb, GenerationClock)
            .Handle(new GetTownshipCompliance(_townshipId, ComplianceYear, ComplianceQuarter), CancellationToken.None);

    [BenchmarkCategory("compliance, secretary, one township and quarter"), Benchmark(Baseline = true)]
    public async Task<IReadOnlyList<SqlRuleFigures>> TownshipCompliance_Sql()
    {
        var quarter = new Quarter(ComplianceYear, ComplianceQuarter);
        await using var command = _dataSource.CreateCommand(ComplianceSql);
        command.Parameters.Add(new NpgsqlParameter { Value = _townshipId });
        command.Parameters.Add(new NpgsqlParameter { Value = quarter.Start });
        command.Parameters.Add(new NpgsqlParameter { Value = quarter.End });
        await using var reader = await command.ExecuteReaderAsync();
        var rules = new List<SqlRuleFigures>();
        while (await reader.ReadAsync())
        {
            rules.Add(new SqlRuleFigures(reader.GetString(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3), (int)reader.GetInt64(4)));
        }

        return rules;
    }
}

/// <summary>One rule's figures as the hand-written compliance SQL computes them.</summary>
public sealed record SqlRuleFigures(string Rule, int Required, int Counted, int Total, int Offenders);
