using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeputyPortal.Api.FunctionalTests.PersonalData;

/// <summary>
/// The idempotency store keeps what a retry needs and no more: a keyed hash of the request without its password, and
/// the answer for Idempotency:RetentionHours (24 h), after which the key counts as new and the row is purged.
/// </summary>
public sealed class IdempotencyStoreTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Users = "/api/v1/admin/users";
    private const string Password = "Secret@2026pass";

    private static object NewAccount(string userName = "new.county", string password = Password) =>
        new { userName, displayName = "新县人大工作人员", password, role = "CountyStaff" };

    private async Task<HttpResponseMessage> CreateAsync(object account, string key) =>
        await (await As("admin")).SendJsonAsync(HttpMethod.Post, Users, account, idempotencyKey: key);

    [Fact]
    public async Task Retry_WithinRetention_IsReplayed()
    {
        var first = await CreateAsync(NewAccount(), "account-1");
        var retry = await CreateAsync(NewAccount(), "account-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Retry_AfterRetention_IsANewRequest()
    {
        await (await CreateAsync(NewAccount(), "account-1")).ShouldBe(HttpStatusCode.Created);
        await AgeRowsAsync(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        // Within retention a different body under the same key is refused (422); after it, the key is simply new.
        var later = await CreateAsync(NewAccount("other.county"), "account-1");

        await later.ShouldBe(HttpStatusCode.Created);
        Assert.False(later.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("other.county", (await later.JsonAsync()).GetProperty("userName").GetString());
        var row = Assert.Single(await RowsAsync());
        Assert.Equal(TestWorld.Now.UtcDateTime, row.GetProperty("created_at").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task Retry_JustWithinRetention_IsStillReplayed()
    {
        await (await CreateAsync(NewAccount(), "account-1")).ShouldBe(HttpStatusCode.Created);
        await AgeRowsAsync(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));

        var retry = await CreateAsync(NewAccount(), "account-1");

        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task Purge_RemovesExpiredRowsOnly()
    {
        await (await CreateAsync(NewAccount("old.county"), "old")).ShouldBe(HttpStatusCode.Created);
        await AgeRowsAsync(TimeSpan.FromHours(25));
        await (await CreateAsync(NewAccount("new.county"), "new")).ShouldBe(HttpStatusCode.Created);

        await using (var scope = Portal.SystemScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().PurgeExpiredAsync(CancellationToken.None));
        }

        var row = Assert.Single(await RowsAsync());
        Assert.Equal("new", row.GetProperty("key").GetString());
    }

    [Fact]
    public async Task StoredRow_HoldsNoPassword_AndNoPlainHashOfTheBody()
    {
        var account = NewAccount();
        await (await CreateAsync(account, "account-1")).ShouldBe(HttpStatusCode.Created);

        var row = Assert.Single(await RowsAsync());
        Assert.DoesNotContain(Password, row.GetRawText(), StringComparison.Ordinal);
        var hash = row.GetProperty("request_hash").GetString()!;
        Assert.Matches("^[0-9A-F]{64}$", hash);
        var body = JsonSerializer.Serialize(account);
        var camelCase = JsonSerializer.Serialize(account, JsonSerializerOptions.Web);
        Assert.DoesNotContain(hash, new[] { body, camelCase, $"POST {Users}\n{body}", $"POST {Users}\n{camelCase}" }.Select(Sha256));
    }

    [Fact]
    public async Task Fingerprint_LeavesThePasswordOut_ButNotTheOtherFields()
    {
        await (await CreateAsync(NewAccount(), "account-1")).ShouldBe(HttpStatusCode.Created);

        var otherPassword = await CreateAsync(NewAccount(password: "Another@2026pass"), "account-1");
        var otherName = await CreateAsync(NewAccount("other.county"), "account-1");

        await otherPassword.ShouldBe(HttpStatusCode.Created);
        Assert.True(otherPassword.Headers.Contains("Idempotent-Replayed"));
        await otherName.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("IdempotencyKeyMatchesRequest", await otherName.RuleAsync());
    }

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task AgeRowsAsync(TimeSpan age)
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE idempotency_records SET created_at = created_at - $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = age });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every stored row, every column, as PostgreSQL renders it.</summary>
    private async Task<List<JsonElement>> RowsAsync()
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT row_to_json(r)::text FROM idempotency_records r", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<JsonElement>();
        while (await reader.ReadAsync())
        {
            rows.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
        }

        return rows;
    }
}
