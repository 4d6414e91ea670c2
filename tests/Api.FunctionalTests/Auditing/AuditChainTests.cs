using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using Npgsql;

namespace DeputyPortal.Api.FunctionalTests.Auditing;

public sealed class AuditChainTests(PortalFactory portal) : PortalTest(portal)
{
    private sealed record AuditRow(long Id, string UserName, string EntityType, string EntityId, string Action, string? Before, string? After);

    /// <summary>Reads the audit trail straight from the database (the connection's role is the cluster's superuser).</summary>
    private Task<List<AuditRow>> AuditRowsAsync(string entityType, string entityId) =>
        QueryAuditAsync("entity_type = $1 AND entity_id = $2", entityType, entityId);

    private async Task<List<AuditRow>> QueryAuditAsync(string condition, string first, string second)
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT id, user_name, entity_type, entity_id, action, before::text, after::text FROM audit_entries WHERE {condition} ORDER BY id",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = first });
        command.Parameters.Add(new NpgsqlParameter { Value = second });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<AuditRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new AuditRow(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return rows;
    }

    private async Task<int> ExecuteAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// What someone with database rights could do: switch the append-only guard off, run the statement, switch it on
    /// again, all in one transaction.
    /// </summary>
    private async Task TamperAsync(string sql, long id)
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only"),
                new NpgsqlBatchCommand(sql) { Parameters = { new NpgsqlParameter { Value = id } } },
                new NpgsqlBatchCommand("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only"),
            },
        };
        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    private async Task<JsonElement> VerifyAsync()
    {
        var response = await (await As("admin")).GetAsync("/api/v1/admin/audit/verify");
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    /// <summary>Creates a unit and renames it as secretary.a; answers its id.</summary>
    private async Task<Guid> CreateAndRenameUnitAsync()
    {
        var client = await As("secretary.a");
        var created = await client.PostAsJsonAsync(
            "/api/v1/handling-units", new { townshipId = World.A.Township.Id, name = "茶亭镇社会事务办", kind = "TownshipOffice", headName = "张主任" });
        await created.ShouldBe(HttpStatusCode.Created);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var updated = await client.SendJsonAsync(
            HttpMethod.Put, $"/api/v1/handling-units/{id}", new { name = "茶亭镇社会事务服务中心", kind = "TownshipOffice", headName = "张主任" }, created.ETag());
        await updated.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private async Task<long> LastAuditIdAsync(Guid unitId) => (await AuditRowsAsync("HandlingUnit", unitId.ToString()))[^1].Id;

    [Fact]
    public async Task CreateAndUpdate_EachWriteAnAuditEntryWithWhoWhatBeforeAndAfter()
    {
        var id = await CreateAndRenameUnitAsync();

        var rows = await AuditRowsAsync("HandlingUnit", id.ToString());

        Assert.Equal(2, rows.Count);
        var (created, changed) = (rows[0], rows[1]);
        Assert.All(rows, r => Assert.Equal("secretary.a", r.UserName));
        Assert.Equal("Created", created.Action);
        Assert.Null(created.Before);
        var createdAfter = JsonDocument.Parse(created.After!).RootElement;
        Assert.Equal("茶亭镇社会事务办", createdAfter.GetProperty("Name").GetString());
        Assert.Equal("张主任", createdAfter.GetProperty("HeadName").GetString());
        Assert.Equal("Changed", changed.Action);
        Assert.Equal("茶亭镇社会事务办", JsonDocument.Parse(changed.Before!).RootElement.GetProperty("Name").GetString());
        var changedAfter = JsonDocument.Parse(changed.After!).RootElement;
        Assert.Equal("茶亭镇社会事务服务中心", changedAfter.GetProperty("Name").GetString());
        Assert.False(changedAfter.TryGetProperty("HeadName", out _)); // only what changed
    }

    [Fact]
    public async Task Verify_AfterNormalChanges_IsIntact()
    {
        await CreateAndRenameUnitAsync();

        var report = await VerifyAsync();

        Assert.True(report.GetProperty("intact").GetBoolean());
        Assert.True(report.GetProperty("entriesChecked").GetInt64() > 2);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("firstBrokenEntryId").ValueKind);
    }

    [Fact]
    public async Task Verify_AfterASuperuserRewritesAnEntry_NamesThatEntry()
    {
        var unitId = await CreateAndRenameUnitAsync();
        var tampered = (await AuditRowsAsync("HandlingUnit", unitId.ToString()))[0].Id;
        await (await As("secretary.a")).PostAsJsonAsync(
            "/api/v1/handling-units", new { townshipId = World.A.Township.Id, name = "茶亭镇综治办", kind = "TownshipOffice", headName = "赵主任" }); // later entries

        await TamperAsync("UPDATE audit_entries SET after = '{}'::jsonb WHERE id = $1", tampered);

        var report = await VerifyAsync();

        Assert.False(report.GetProperty("intact").GetBoolean());
        Assert.Equal(tampered, report.GetProperty("firstBrokenEntryId").GetInt64());
    }

    [Fact]
    public async Task Verify_AfterASuperuserDeletesAnEntry_NamesTheEntryAfterTheGap()
    {
        var unitId = await CreateAndRenameUnitAsync();
        var rows = await AuditRowsAsync("HandlingUnit", unitId.ToString());

        await TamperAsync("DELETE FROM audit_entries WHERE id = $1", rows[0].Id);

        Assert.Equal(rows[1].Id, (await VerifyAsync()).GetProperty("firstBrokenEntryId").GetInt64());
    }

    [Fact]
    public async Task PlainUpdateOfAnAuditEntry_IsRefusedByTheDatabase()
    {
        var id = await LastAuditIdAsync(await CreateAndRenameUnitAsync());

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync("UPDATE audit_entries SET user_name = 'someone' WHERE id = $1", id));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.True((await VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task PlainDeleteOfAnAuditEntry_IsRefusedByTheDatabase()
    {
        var unitId = await CreateAndRenameUnitAsync();
        var id = await LastAuditIdAsync(unitId);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync("DELETE FROM audit_entries WHERE id = $1", id));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(2, (await AuditRowsAsync("HandlingUnit", unitId.ToString())).Count);
    }

    [Fact]
    public async Task UserAdministration_IsAuditedWithoutThePassword()
    {
        var admin = await As("admin");
        var created = await admin.PostAsJsonAsync(
            "/api/v1/admin/users", new { userName = "county2", displayName = "县人大干部", password = "New@2026pass", role = "CountyStaff" });
        await created.ShouldBe(HttpStatusCode.Created);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/v1/admin/users/{id}/lock", null)).ShouldBe(HttpStatusCode.OK);

        var rows = await AuditRowsAsync("UserAccount", id.ToString());

        Assert.Equal(["Created", "Locked"], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal("admin", r.UserName));
        Assert.Equal("CountyStaff", JsonDocument.Parse(rows[0].After!).RootElement.GetProperty("Role").GetString());
        Assert.All(rows, r => Assert.DoesNotContain("password", (r.Before ?? string.Empty) + r.After, StringComparison.OrdinalIgnoreCase));
        Assert.True((await VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task CalendarReplacement_IsAuditedDayByDay()
    {
        var admin = await As("admin");
        var days = new[] { new { date = "2032-01-01", kind = "Holiday", holiday = "元旦" } };
        await (await admin.PutAsJsonAsync("/api/v1/admin/calendar/2032", new { days })).ShouldBe(HttpStatusCode.OK);
        await (await admin.PutAsJsonAsync("/api/v1/admin/calendar/2032", new { days = Array.Empty<object>() })).ShouldBe(HttpStatusCode.OK);

        // Matched on the recorded values: the entry's entity_id is the date in the server culture's format.
        var rows = await QueryAuditAsync("entity_type = $1 AND coalesce(after, before) ->> 'Date' = $2", "CalendarDay", "2032-01-01");

        Assert.Equal(["Created", "Removed"], rows.Skip(rows.Count - 2).Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal("admin", r.UserName));
        Assert.Equal("Holiday", JsonDocument.Parse(rows[^1].Before!).RootElement.GetProperty("Kind").GetString());
    }

    [Theory]
    [InlineData("county")]
    [InlineData("secretary.a")]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task Verify_ByAnyoneButAdmin_IsForbidden(string userName)
    {
        var response = await (await As(userName)).GetAsync("/api/v1/admin/audit/verify");

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }
}
