using Npgsql;
using NpgsqlTypes;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>Writes generated townships with PostgreSQL's binary COPY: one round trip per table and township.</summary>
public sealed partial class BulkWriter(NpgsqlDataSource dataSource)
{
    public async Task WriteAsync(TownshipData data, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        await CopyAsync(connection, "townships (id, code, name, county)", [data.Township], (w, t) =>
        {
            w.Write(t.Id);
            w.Write(t.Code);
            w.Write(t.Name);
            w.Write(t.County);
        }, ct);
        await CopyAsync(connection, "terms (id, township_id, number, starts_on, ends_on, elected_on)", data.Terms, (w, t) =>
        {
            w.Write(t.Id);
            w.Write(t.TownshipId);
            w.Write(t.Number);
            w.Write(t.StartsOn, NpgsqlDbType.Date);
            w.Write(t.EndsOn, NpgsqlDbType.Date);
            WriteNullable(w, t.ElectedOn);
        }, ct);
        await CopyAsync(connection, "congress_sessions (id, township_id, term_id, number, opened_on, closed_on)", data.Sessions, (w, s) =>
        {
            w.Write(s.Id);
            w.Write(s.TownshipId);
            w.Write(s.TermId);
            w.Write(s.Number);
            WriteNullable(w, s.OpenedOn);
            WriteNullable(w, s.ClosedOn);
        }, ct);
        await CopyAsync(connection, "electoral_districts (id, township_id, term_id, name, voter_count, seats)", data.Districts, (w, d) =>
        {
            w.Write(d.Id);
            w.Write(d.TownshipId);
            w.Write(d.TermId);
            w.Write(d.Name);
            w.Write(d.VoterCount);
            w.Write(d.Seats);
        }, ct);
        await CopyAsync(
            connection,
            "deputies (id, township_id, term_id, district_id, name, gender, birth_date, ethnicity, party, occupation, education, phone, is_reelected, is_county_deputy, status, terminated_on, termination_reason)",
            data.Deputies,
            (w, d) =>
            {
                w.Write(d.Id);
                w.Write(d.TownshipId);
                w.Write(d.TermId);
                w.Write(d.DistrictId);
                w.Write(d.Name);
                w.Write(d.Gender.ToString());
                w.Write(d.BirthDate, NpgsqlDbType.Date);
                w.Write(d.Ethnicity);
                w.Write(d.Party.ToString());
                w.Write(d.Occupation.ToString());
                w.Write(d.Education.ToString());
                WriteNullable(w, d.Phone);
                w.Write(d.IsReelected);
                w.Write(d.IsCountyDeputy);
                w.Write(d.Status.ToString());
                WriteNullable(w, d.TerminatedOn);
                WriteNullable(w, d.TerminationReason);
            },
            ct);
        await CopyAsync(connection, "presidium_members (id, township_id, term_id, deputy_id, post, serves_from, serves_until)", data.Presidium, (w, p) =>
        {
            w.Write(p.Id);
            w.Write(p.TownshipId);
            w.Write(p.TermId);
            w.Write(p.DeputyId);
            w.Write(p.Post.ToString());
            w.Write(p.ServesFrom, NpgsqlDbType.Date);
            WriteNullable(w, p.ServesUntil);
        }, ct);
        await CopyAsync(connection, "representative_groups (id, township_id, term_id, name, leader_deputy_id, liaison_presidium_member_id)", data.Groups, (w, g) =>
        {
            w.Write(g.Id);
            w.Write(g.TownshipId);
            w.Write(g.TermId);
            w.Write(g.Name);
            w.Write(g.LeaderDeputyId);
            WriteNullable(w, g.LiaisonPresidiumMemberId);
        }, ct);
        await CopyAsync(connection, "group_memberships (group_id, deputy_id)", data.Groups.SelectMany(g => g.Members.Select(m => (g.Id, m.DeputyId))).ToList(), (w, m) =>
        {
            w.Write(m.Item1);
            w.Write(m.DeputyId);
        }, ct);
        await CopyAsync(connection, "handling_units (id, township_id, name, kind, head_name, is_active)", data.Units, (w, u) =>
        {
            w.Write(u.Id);
            w.Write(u.TownshipId);
            w.Write(u.Name);
            w.Write(u.Kind.ToString());
            WriteNullable(w, u.HeadName);
            w.Write(u.IsActive);
        }, ct);
        await CopyAsync(connection, "constituents (id, township_id, deputy_id, name, kind, village, address, phone, is_active)", data.Constituents, (w, c) =>
        {
            w.Write(c.Id);
            w.Write(c.TownshipId);
            w.Write(c.DeputyId);
            w.Write(c.Name);
            w.Write(c.Kind.ToString());
            w.Write(c.Village);
            WriteNullable(w, c.Address);
            WriteNullable(w, c.Phone);
            w.Write(c.IsActive);
        }, ct);

        await WriteContactsAndProposalsAsync(connection, data, ct);
        await WriteActivitiesMeetingsAndReviewsAsync(connection, data, ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task WriteContactsAndProposalsAsync(NpgsqlConnection connection, TownshipData data, CancellationToken ct)
    {
        await CopyAsync(
            connection,
            "constituent_contacts (id, township_id, term_id, deputy_id, contacted_on, channel, other_person, summary)",
            data.Contacts,
            (w, c) =>
            {
                w.Write(c.Id);
                w.Write(c.TownshipId);
                w.Write(c.TermId);
                w.Write(c.DeputyId);
                w.Write(c.ContactedOn, NpgsqlDbType.Date);
                w.Write(c.Channel.ToString());
                WriteNullable(w, c.OtherPerson);
                w.Write(c.Summary);
            },
            ct);
        await CopyAsync(connection, "contact_constituents (contact_id, constituent_id)", data.Contacts.SelectMany(c => c.Constituents).ToList(), (w, c) =>
        {
            w.Write(c.ContactId);
            w.Write(c.ConstituentId);
        }, ct);
        await CopyAsync(
            connection,
            "proposal_number_series (township_id, term_id, session_part, kind_letter, last_sequence)",
            data.NumberSeries,
            (w, s) =>
            {
                w.Write(s.TownshipId);
                w.Write(s.TermId);
                w.Write(s.SessionPart);
                w.Write(s.KindLetter);
                w.Write(s.LastSequence);
            },
            ct);
        await CopyAsync(
            connection,
            "proposals (id, township_id, term_id, session_id, kind, title, content, category, lead_deputy_id, source_concern_id, status, "
            + "drafted_on, submitted_on, number, sequence, registered_on, rejection_reason, lead_unit_id, assigned_on, assignment_expected_by, "
            + "is_complex, is_key, supervisor_presidium_member_id, due_on, is_extended, handling_round, last_reply_class, last_replied_on, "
            + "evaluation_due_on, last_rating, solved_on, solved_evidence, closed_on, last_step_at)",
            data.Proposals,
            (w, p) =>
            {
                w.Write(p.Id);
                w.Write(p.TownshipId);
                w.Write(p.TermId);
                WriteNullable(w, p.SessionId);
                w.Write(p.Kind.ToString());
                w.Write(p.Title);
                w.Write(p.Content);
                w.Write(p.Category);
                w.Write(p.LeadDeputyId);
                WriteNullable(w, p.SourceConcernId);
                w.Write(p.Status.ToString());
                w.Write(p.DraftedOn, NpgsqlDbType.Date);
                WriteNullable(w, p.SubmittedOn);
                WriteNullable(w, p.Number);
                WriteNullable(w, p.Sequence);
                WriteNullable(w, p.RegisteredOn);
                WriteNullable(w, p.RejectionReason);
                WriteNullable(w, p.LeadUnitId);
                WriteNullable(w, p.AssignedOn);
                WriteNullable(w, p.AssignmentExpectedBy);
                w.Write(p.IsComplex);
                w.Write(p.IsKey);
                WriteNullable(w, p.SupervisorPresidiumMemberId);
                WriteNullable(w, p.DueOn);
                w.Write(p.IsExtended);
                w.Write(p.HandlingRound);
                WriteNullable(w, p.LastReplyClass?.ToString());
                WriteNullable(w, p.LastRepliedOn);
                WriteNullable(w, p.EvaluationDueOn);
                WriteNullable(w, p.LastRating?.ToString());
                WriteNullable(w, p.SolvedOn);
                WriteNullable(w, p.SolvedEvidence);
                WriteNullable(w, p.ClosedOn);
                w.Write(p.LastStepAt, NpgsqlDbType.TimestampTz);
            },
            ct);
        await CopyAsync(connection, "contact_concerns (id, contact_id, position, text, proposal_id)", data.Contacts.SelectMany(c => c.Concerns).ToList(), (w, c) =>
        {
            w.Write(c.Id);
            w.Write(c.ContactId);
            w.Write(c.Position);
            w.Write(c.Text);
            WriteNullable(w, c.ProposalId);
        }, ct);
        await CopyAsync(connection, "proposal_co_signers (proposal_id, deputy_id)", data.Proposals.SelectMany(p => p.CoSigners).ToList(), (w, s) =>
        {
            w.Write(s.ProposalId);
            w.Write(s.DeputyId);
        }, ct);
        await CopyAsync(
            connection,
            "proposal_co_units (proposal_id, handling_unit_id, input_due_on, input_provided_on, input)",
            data.Proposals.SelectMany(p => p.CoUnits).ToList(),
            (w, u) =>
            {
                w.Write(u.ProposalId);
                w.Write(u.HandlingUnitId);
                w.Write(u.InputDueOn, NpgsqlDbType.Date);
                WriteNullable(w, u.InputProvidedOn);
                WriteNullable(w, u.Input);
            },
            ct);
        await CopyAsync(
            connection,
            "proposal_extension_requests (id, proposal_id, handling_unit_id, requested_on, requested_due_on, reason, decision, decided_on, decision_comment)",
            data.Proposals.SelectMany(p => p.Extensions).ToList(),
            (w, e) =>
            {
                w.Write(e.Id);
                w.Write(e.ProposalId);
                w.Write(e.HandlingUnitId);
                w.Write(e.RequestedOn, NpgsqlDbType.Date);
                w.Write(e.RequestedDueOn, NpgsqlDbType.Date);
                w.Write(e.Reason);
                w.Write(e.Decision.ToString());
                WriteNullable(w, e.DecidedOn);
                WriteNullable(w, e.DecisionComment);
            },
            ct);
        await CopyAsync(
            connection,
            "proposal_progress_notes (id, proposal_id, handling_unit_id, noted_on, text)",
            data.Proposals.SelectMany(p => p.ProgressNotes).ToList(),
            (w, n) =>
            {
                w.Write(n.Id);
                w.Write(n.ProposalId);
                w.Write(n.HandlingUnitId);
                w.Write(n.NotedOn, NpgsqlDbType.Date);
                w.Write(n.Text);
            },
            ct);
        await CopyAsync(
            connection,
            "proposal_replies (id, proposal_id, round, handling_unit_id, result_class, text, signed_by, committed_completion_on, explanation, replied_on, on_time)",
            data.Proposals.SelectMany(p => p.Replies).ToList(),
            (w, r) =>
            {
                w.Write(r.Id);
                w.Write(r.ProposalId);
                w.Write(r.Round);
                w.Write(r.HandlingUnitId);
                w.Write(r.ResultClass.ToString());
                w.Write(r.Text);
                w.Write(r.SignedBy);
                WriteNullable(w, r.CommittedCompletionOn);
                WriteNullable(w, r.Explanation);
                w.Write(r.RepliedOn, NpgsqlDbType.Date);
                w.Write(r.OnTime);
            },
            ct);
        await CopyAsync(
            connection,
            "proposal_evaluations (id, proposal_id, round, rating, comment, evaluated_on)",
            data.Proposals.SelectMany(p => p.Evaluations).ToList(),
            (w, e) =>
            {
                w.Write(e.Id);
                w.Write(e.ProposalId);
                w.Write(e.Round);
                WriteNullable(w, e.Rating?.ToString());
                WriteNullable(w, e.Comment);
                w.Write(e.EvaluatedOn, NpgsqlDbType.Date);
            },
            ct);
        await CopyAsync(
            connection,
            "proposal_events (id, proposal_id, sequence, at, occurred_on, actor_user_id, actor_name, on_behalf_of, action, detail)",
            data.Proposals.SelectMany(p => p.Timeline).ToList(),
            (w, e) =>
            {
                w.Write(e.Id);
                w.Write(e.ProposalId);
                w.Write(e.Sequence);
                w.Write(e.At, NpgsqlDbType.TimestampTz);
                w.Write(e.OccurredOn, NpgsqlDbType.Date);
                WriteNullable(w, e.ActorUserId);
                w.Write(e.ActorName);
                WriteNullable(w, e.OnBehalfOf);
                w.Write(e.Action.ToString());
                WriteNullable(w, e.Detail);
            },
            ct);
    }

    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string target, IReadOnlyCollection<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            write(importer, row);
        }

        await importer.CompleteAsync(ct);
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value)
        where T : struct
    {
        if (value is { } present)
        {
            writer.Write(present, typeof(T) == typeof(DateOnly) ? NpgsqlDbType.Date : typeof(T) == typeof(int) ? NpgsqlDbType.Integer : typeof(T) == typeof(decimal) ? NpgsqlDbType.Numeric : NpgsqlDbType.Uuid);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value);
        }
    }
}
