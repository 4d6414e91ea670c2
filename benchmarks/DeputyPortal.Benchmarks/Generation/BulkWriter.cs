using Npgsql;
using NpgsqlTypes;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>Writes generated townships with PostgreSQL's binary COPY: one round trip per table and township.</summary>
public sealed class BulkWriter(NpgsqlDataSource dataSource)
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

        await transaction.CommitAsync(ct);
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
            writer.Write(present, typeof(T) == typeof(DateOnly) ? NpgsqlDbType.Date : NpgsqlDbType.Uuid);
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
