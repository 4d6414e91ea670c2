using BenchmarkDotNet.Attributes;
using DeputyPortal.Application.Profiles;
using DeputyPortal.Domain.Profiles;

namespace DeputyPortal.Benchmarks.Queries;

/// <summary>
/// Duty profiles (issue 12): one township's and every township's, in the generator's year, the application's query
/// (one row of counts per deputy, scored and ranked in the domain) beside hand-written SQL giving each deputy's score
/// with GROUP BY joins under the default points (the generator stores no settings; the smoke test checks it).
/// </summary>
public partial class ListQueryBenchmarks
{
    public static int ProfileYear => GenerationToday.Year;

    private static readonly DutyScoreWeights W = DutyScoreWeights.Default;

    /// <summary>
    /// Each deputy's score in the year, optionally of one township ($2); $1 is the year. Each component reads the year's
    /// rows of its source (of the township when given) and groups them by deputy; activities, sessions and meetings lie
    /// within their term and list only its deputies, so they are cut only at the deputy's last day. Contacts are read
    /// per deputy on their (deputy, date) index.
    /// </summary>
    private static string ProfileScoreSql(bool oneTownship) => $"""
        WITH d AS (
            SELECT d.id, d.term_id,
                   greatest(t.starts_on, make_date($1, 1, 1)) AS from_on,
                   least(t.ends_on, make_date($1, 12, 31), coalesce(d.terminated_on, make_date($1, 12, 31))) AS to_on
            FROM deputies d JOIN terms t ON t.id = d.term_id
            WHERE t.starts_on <= make_date($1, 12, 31) AND t.ends_on >= make_date($1, 1, 1)
              AND (d.terminated_on IS NULL OR d.terminated_on >= make_date($1, 1, 1))
              {(oneTownship ? "AND d.township_id = $2" : "")}),
        act AS (
            SELECT p.deputy_id AS id,
                   count(*) FILTER (WHERE a.organizing_group_id IS NOT NULL AND p.attendance = 'Present') AS g_present,
                   count(*) FILTER (WHERE a.organizing_group_id IS NOT NULL AND p.attendance = 'Absent') AS g_absent,
                   count(*) FILTER (WHERE a.kind IN ('Inspection','LawEnforcementCheck','Research','WorkEvaluation','SpecialReportReview','SatisfactionSurvey') AND p.attendance = 'Present') AS sup,
                   count(*) FILTER (WHERE a.kind = 'ReceptionDay' AND p.attendance = 'Present') AS rec,
                   count(*) FILTER (WHERE a.kind = 'Training' AND p.attendance = 'Present') AS tr
            FROM activities a JOIN activity_participants p ON p.activity_id = a.id
                 JOIN d ON d.id = p.deputy_id AND a.starts_on <= d.to_on
            WHERE a.starts_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31) {Township(oneTownship, "a")}
            GROUP BY p.deputy_id),
        mt AS (
            SELECT x.deputy_id AS id, count(*) AS n
            FROM presidium_meetings m JOIN presidium_meeting_attendance x ON x.meeting_id = m.id AND x.attendance = 'Present'
                 JOIN d ON d.id = x.deputy_id AND m.held_on <= d.to_on
            WHERE m.held_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31) {Township(oneTownship, "m")}
            GROUP BY x.deputy_id),
        ses AS (
            SELECT x.deputy_id AS id, count(*) AS n
            FROM congress_sessions s JOIN session_attendance x ON x.session_id = s.id AND x.attendance = 'Present'
                 JOIN d ON d.id = x.deputy_id AND s.opened_on <= d.to_on
            WHERE s.opened_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31) {Township(oneTownship, "s")}
            GROUP BY x.deputy_id),
        led AS (
            SELECT p.lead_deputy_id AS id, count(*) AS n
            FROM proposals p JOIN d ON d.id = p.lead_deputy_id AND p.submitted_on BETWEEN d.from_on AND d.to_on
            WHERE p.submitted_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31) {Township(oneTownship, "p")}
            GROUP BY p.lead_deputy_id),
        cos AS (
            SELECT s.deputy_id AS id, count(*) AS n
            FROM proposals p JOIN proposal_co_signers s ON s.proposal_id = p.id
                 JOIN d ON d.id = s.deputy_id AND p.submitted_on BETWEEN d.from_on AND d.to_on
            WHERE p.submitted_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31) {Township(oneTownship, "p")}
            GROUP BY s.deputy_id),
        con AS (
            SELECT d.id, count(*) AS n FROM d JOIN constituent_contacts c ON c.deputy_id = d.id AND c.contacted_on BETWEEN d.from_on AND d.to_on GROUP BY d.id),
        reach AS (
            SELECT d.id, count(DISTINCT cc.constituent_id) AS n FROM d JOIN constituent_contacts c ON c.deputy_id = d.id AND c.contacted_on BETWEEN d.from_on AND d.to_on
                   JOIN contact_constituents cc ON cc.contact_id = c.id GROUP BY d.id),
        rev AS (
            SELECT DISTINCT ON (d.id) d.id, coalesce(r.outcome, r.proposed_outcome) AS outcome
            FROM d JOIN performance_reviews r ON r.deputy_id = d.id AND r.term_id = d.term_id AND r.held_on BETWEEN d.from_on AND d.to_on
            ORDER BY d.id, r.held_on DESC, r.id DESC)
        SELECT d.id,
               (coalesce(act.g_present, 0) * {W.GroupActivityAttended} + coalesce(act.g_absent, 0) * {W.GroupActivityMissed}
               + coalesce(act.sup, 0) * {W.SupervisionActivityAttended} + coalesce(act.rec, 0) * {W.ReceptionDay} + coalesce(act.tr, 0) * {W.Training}
               + coalesce(ses.n, 0) * {W.SessionAttended} + coalesce(mt.n, 0) * {W.PresidiumMeetingAttended} + coalesce(led.n, 0) * {W.ProposalLed} + coalesce(cos.n, 0) * {W.ProposalCoSigned}
               + coalesce(con.n, 0) * {W.ContactLogged} + coalesce(reach.n, 0) * {W.ConstituentReached}
               + CASE rev.outcome WHEN 'Excellent' THEN {W.ReviewedExcellent} WHEN 'Competent' THEN {W.ReviewedCompetent}
                                  WHEN 'BasicallyCompetent' THEN {W.ReviewedBasicallyCompetent} WHEN 'Incompetent' THEN {W.ReviewedIncompetent} ELSE 0 END)::int AS score
        FROM d
        LEFT JOIN act ON act.id = d.id LEFT JOIN ses ON ses.id = d.id LEFT JOIN mt ON mt.id = d.id LEFT JOIN led ON led.id = d.id LEFT JOIN cos ON cos.id = d.id
        LEFT JOIN con ON con.id = d.id LEFT JOIN reach ON reach.id = d.id LEFT JOIN rev ON rev.id = d.id
        """;

    private static string Township(bool oneTownship, string alias) => oneTownship ? $"AND {alias}.township_id = $2" : "";

    [BenchmarkCategory("profiles, one township, a year"), Benchmark]
    public async Task<IReadOnlyList<DutyProfileDto>> TownshipProfiles_Handler() =>
        await DutyProfiles.ForTownshipAsync(_secretaryDb, _townshipId, ProfileYear, CancellationToken.None);

    [BenchmarkCategory("profiles, one township, a year"), Benchmark(Baseline = true)]
    public Task<Dictionary<Guid, int>> TownshipProfiles_Sql() => ReadScoresAsync(ProfileScoreSql(true), ProfileYear, _townshipId);

    [BenchmarkCategory("profiles, all townships, a year"), Benchmark]
    public async Task<IReadOnlyList<DutyProfileDto>> CountyProfiles_Handler() =>
        await DutyProfiles.ForAllTownshipsAsync(_countyDb, ProfileYear, CancellationToken.None);

    [BenchmarkCategory("profiles, all townships, a year"), Benchmark(Baseline = true)]
    public Task<Dictionary<Guid, int>> CountyProfiles_Sql() => ReadScoresAsync(ProfileScoreSql(false), ProfileYear);

    private async Task<Dictionary<Guid, int>> ReadScoresAsync(string sql, params object[] parameters)
    {
        await using var command = _dataSource.CreateCommand(sql);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = value });
        }

        var scores = new Dictionary<Guid, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            scores[reader.GetGuid(0)] = reader.GetInt32(1);
        }

        return scores;
    }
}
