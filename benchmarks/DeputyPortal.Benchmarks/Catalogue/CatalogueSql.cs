using Npgsql;

namespace DeputyPortal.Benchmarks.Catalogue;

/// <summary>
/// Hand-written SQL giving the same answer as each ready query of docs/odata.md: the same rows, columns and order,
/// as a person would write it against the tables. The literals the URLs carry (the year 2026, the quarter start
/// 2026-04-01, 2026-Q1) are parameters here; "today" is the server's date in China, as the feed computes it.
/// The default warning thresholds (red 7 days) apply where a township stores no settings, as in the feed.
/// </summary>
public static class CatalogueSql
{
    private const string Awaiting = "p.status IN ('Assigned', 'Rehandling') AND p.due_on IS NOT NULL";

    private const string Supervision = "('Inspection', 'LawEnforcementCheck', 'Research', 'WorkEvaluation', 'SpecialReportReview', 'SatisfactionSurvey')";

    /// <summary>ProposalStatistics' counts per township and year (first reply's on-time flag; last reply class and rating).</summary>
    private static string WithStatistics(string where) => Statistics.Replace("{0}", where, StringComparison.Ordinal);

    private const string Statistics = """
        WITH s AS (
            SELECT t.code, t.name, extract(year FROM p.submitted_on)::int AS year,
                   count(*) AS received,
                   count(*) FILTER (WHERE p.registered_on IS NOT NULL) AS registered,
                   count(*) FILTER (WHERE p.assigned_on IS NOT NULL) AS assigned,
                   count(*) FILTER (WHERE p.last_replied_on IS NOT NULL) AS replied,
                   count(*) FILTER (WHERE r.on_time) AS replied_on_time,
                   count(*) FILTER (WHERE p.status IN ('Assigned', 'Rehandling') AND p.due_on < @today) AS overdue_now,
                   count(*) FILTER (WHERE p.last_reply_class = 'A') AS class_a,
                   count(*) FILTER (WHERE p.last_reply_class = 'B') AS class_b,
                   count(*) FILTER (WHERE p.last_reply_class = 'C') AS class_c,
                   count(*) FILTER (WHERE p.last_reply_class = 'D') AS class_d,
                   count(p.last_rating) AS rated,
                   count(*) FILTER (WHERE p.last_rating = 'Satisfied') AS satisfied,
                   count(*) FILTER (WHERE p.last_rating = 'BasicallySatisfied') AS basically_satisfied,
                   count(*) FILTER (WHERE p.last_rating = 'Dissatisfied') AS dissatisfied
            FROM proposals p
            JOIN townships t ON t.id = p.township_id
            LEFT JOIN proposal_replies r ON r.proposal_id = p.id AND r.round = 1
            WHERE p.submitted_on IS NOT NULL {0}
            GROUP BY t.id, t.code, t.name, year)
        """;

    public static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>
    {
        ["Q1"] = $"""
            SELECT t.code, t.name, count(*) AS overdue, max(@today - p.due_on) AS max_days_overdue
            FROM proposals p JOIN townships t ON t.id = p.township_id
            WHERE {Awaiting} AND p.due_on < @today
            GROUP BY t.code, t.name ORDER BY t.code
            """,
        ["Q2"] = $"""
            SELECT t.name, p.number, p.title, u.name AS lead_unit_name, p.due_on, @today - p.due_on AS days_overdue
            FROM proposals p JOIN townships t ON t.id = p.township_id
            LEFT JOIN handling_units u ON u.id = p.lead_unit_id
            WHERE {Awaiting} AND p.due_on < @today
            ORDER BY days_overdue DESC, p.id
            """,
        ["Q3"] = WithStatistics("") + """
            SELECT code, name, year, rated, satisfied, basically_satisfied, dissatisfied,
                   CASE WHEN rated = 0 THEN NULL ELSE round((satisfied + basically_satisfied)::numeric / rated, 4) END AS satisfaction_rate
            FROM s ORDER BY code, year
            """,
        ["Q4"] = WithStatistics("AND p.submitted_on >= make_date(@year, 1, 1) AND p.submitted_on < make_date(@year + 1, 1, 1)") + """
            SELECT code, name, replied, replied_on_time,
                   CASE WHEN replied = 0 THEN NULL ELSE round(replied_on_time::numeric / replied, 4) END AS on_time_rate
            FROM s ORDER BY on_time_rate
            """,
        ["Q5"] = """
            SELECT t.name, u.name AS lead_unit_name, p.last_reply_class, count(*) AS replies
            FROM proposals p JOIN townships t ON t.id = p.township_id
            LEFT JOIN handling_units u ON u.id = p.lead_unit_id
            WHERE p.last_reply_class IS NOT NULL
            GROUP BY t.name, u.name, p.last_reply_class ORDER BY t.name, u.name, p.last_reply_class
            """,
        ["Q6"] = """
            SELECT t.name, g.name, (SELECT count(*) FROM group_memberships m WHERE m.group_id = g.id) AS member_count, a.last_activity_on
            FROM representative_groups g JOIN townships t ON t.id = g.township_id
            LEFT JOIN (SELECT organizing_group_id, max(starts_on) AS last_activity_on FROM activities
                       WHERE organizing_group_id IS NOT NULL GROUP BY organizing_group_id) a ON a.organizing_group_id = g.id
            WHERE a.last_activity_on IS NULL OR a.last_activity_on < @quarter_start
            ORDER BY t.code, g.name
            """,
        ["Q7"] = """
            SELECT t.name, r.description, u.name AS responsible_unit_name, r.due_on, r.status
            FROM rectification_items r JOIN activities a ON a.id = r.activity_id
            JOIN townships t ON t.id = a.township_id JOIN handling_units u ON u.id = r.responsible_unit_id
            WHERE r.status <> 'Completed' AND r.due_on < @today
            ORDER BY r.due_on
            """,
        ["Q8"] = """
            SELECT extract(year FROM submitted_on)::int AS submitted_year, kind, count(*) AS proposals
            FROM proposals WHERE submitted_on IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2
            """,
        ["Q9"] = """
            SELECT t.code, t.name, a.kind, count(*) AS activities, coalesce(sum(pc.n), 0) AS attendances
            FROM activities a JOIN townships t ON t.id = a.township_id
            CROSS JOIN LATERAL (SELECT count(*) AS n FROM activity_participants ap
                                WHERE ap.activity_id = a.id AND ap.attendance = 'Present') pc
            WHERE a.starts_on >= make_date(@year, 1, 1) AND a.starts_on < make_date(@year + 1, 1, 1)
            GROUP BY t.code, t.name, a.kind ORDER BY t.code, a.kind
            """,
        ["Q10"] = WithStatistics("") + """
            SELECT code, name, year, received, registered, assigned, replied, overdue_now, class_a, class_b, class_c, class_d
            FROM s ORDER BY code, year
            """,
        ["Q11"] = $"""
            SELECT t.code, t.name, count(*) AS supervision
            FROM activities a JOIN townships t ON t.id = a.township_id
            WHERE a.starts_on >= make_date(@year, 1, 1) AND a.starts_on < make_date(@year + 1, 1, 1) AND a.kind IN {Supervision}
            GROUP BY t.code, t.name ORDER BY t.code
            """,
        ["Q12"] = $"""
            SELECT t.name, p.number, p.title, u.name AS lead_unit_name, p.due_on, greatest(@today - p.due_on, 0) AS days_overdue
            FROM proposals p JOIN townships t ON t.id = p.township_id
            LEFT JOIN handling_units u ON u.id = p.lead_unit_id
            LEFT JOIN township_settings s ON s.township_id = p.township_id
            WHERE {Awaiting} AND p.due_on - @today <= coalesce(s.red_warning_days, 7)
            ORDER BY p.due_on, p.id
            """,
    };

    public static void Bind(NpgsqlCommand command, DateOnly today)
    {
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("year", 2026);
        command.Parameters.AddWithValue("quarter_start", new DateOnly(2026, 4, 1));
    }
}
