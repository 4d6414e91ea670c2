-- The secretary's 工作台 counts for one township on one day, written by hand: the baseline docs/performance.md sets
-- beside GetWorkbench's one generated statement. Default thresholds (red within 7 days; the demo stores no settings).
-- psql -v township=<uuid> -v today=YYYY-MM-DD -f scripts/bench/workbench-counts.sql
EXPLAIN (ANALYZE, BUFFERS)
SELECT
    (SELECT count(*) FROM proposals p WHERE p.township_id = :'township' AND p.status = 'Submitted') AS to_register,
    (SELECT count(*) FROM proposals p WHERE p.township_id = :'township' AND p.status = 'Registered'
        AND NOT EXISTS (SELECT 1 FROM proposal_events e WHERE e.proposal_id = p.id AND e.action = 'Returned')) AS to_assign,
    (SELECT count(*) FROM proposals p WHERE p.township_id = :'township' AND p.status = 'Registered'
        AND EXISTS (SELECT 1 FROM proposal_events e WHERE e.proposal_id = p.id AND e.action = 'Returned')) AS awaiting_reassignment,
    (SELECT count(*) FROM proposals p WHERE p.township_id = :'township' AND p.status IN ('Assigned', 'Rehandling')
        AND p.due_on < :'today'::date) AS overdue,
    (SELECT count(*) FROM proposals p WHERE p.township_id = :'township' AND p.status IN ('Assigned', 'Rehandling')
        AND p.due_on BETWEEN :'today'::date - 7 AND :'today'::date - 1) AS overdue_1_7,
    (SELECT count(*) FROM proposals p WHERE p.township_id = :'township' AND p.status IN ('Assigned', 'Rehandling')
        AND p.due_on BETWEEN :'today'::date - 30 AND :'today'::date - 8) AS overdue_8_30,
    (SELECT count(*) FROM proposals p WHERE p.township_id = :'township' AND p.status IN ('Assigned', 'Rehandling')
        AND p.due_on <= :'today'::date - 31) AS overdue_over_30,
    (SELECT count(*) FROM proposals p WHERE p.township_id = :'township' AND p.status IN ('Assigned', 'Rehandling')
        AND p.due_on BETWEEN :'today'::date AND :'today'::date + 7) AS red,
    (SELECT count(*) FROM proposals p WHERE p.township_id = :'township'
        AND EXISTS (SELECT 1 FROM proposal_extension_requests x WHERE x.proposal_id = p.id AND x.decision = 'Pending')) AS extensions,
    (SELECT count(*) FROM proposals p WHERE p.township_id = :'township' AND p.status = 'Replied') AS ratings,
    (SELECT count(*) FROM rectification_items r JOIN activities a ON a.id = r.activity_id
        WHERE a.township_id = :'township' AND r.status <> 'Completed' AND r.due_on < :'today'::date) AS rectification_items,
    (SELECT count(*) FROM activities a WHERE a.township_id = :'township' AND EXISTS (SELECT 1 FROM rectification_items r
        WHERE r.activity_id = a.id AND r.status <> 'Completed' AND r.due_on < :'today'::date)) AS rectification_activities,
    (SELECT count(*) FROM presidium_meeting_decisions d JOIN presidium_meetings m ON m.id = d.meeting_id
        WHERE m.township_id = :'township' AND d.follow_up_completed_on IS NULL AND d.follow_up_due_on < :'today'::date) AS decisions,
    (SELECT count(*) FROM presidium_meetings m WHERE m.township_id = :'township' AND EXISTS (SELECT 1 FROM presidium_meeting_decisions d
        WHERE d.meeting_id = m.id AND d.follow_up_completed_on IS NULL AND d.follow_up_due_on < :'today'::date)) AS decision_meetings;
