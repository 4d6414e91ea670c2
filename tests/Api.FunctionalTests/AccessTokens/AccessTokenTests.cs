using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.OData;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.AccessTokens;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.AccessTokens;

/// <summary>Personal access tokens: made, listed and revoked by their owner; accepted by the feed the three ways Excel, Power BI and scripts send them.</summary>
public sealed class AccessTokenTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Tokens = "/api/v1/me/access-tokens";
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestWorld.Now.Date);

    [Fact]
    public async Task Create_ShowsTheTokenOnce_TheListNeverShowsIt_AndOnlyTheOwnerRevokes()
    {
        using var county = await As("county");

        var created = await county.SendJsonAsync(HttpMethod.Post, Tokens, new { name = "Excel 月报", expiresOn = "2026-12-31" });

        await created.ShouldBe(HttpStatusCode.Created);
        var body = await created.JsonAsync();
        var id = body.GetProperty("id").GetGuid();
        var token = body.GetProperty("token").GetString()!;
        Assert.StartsWith("dpat_", token, StringComparison.Ordinal);
        Assert.True(token.Length >= 45);
        Assert.Equal($"http://localhost/odata/Proposals?access_token={token}", body.GetProperty("feedUrl").GetString());
        Assert.Equal($"{Tokens}/{id}", created.Headers.Location!.OriginalString);

        var listed = await ListAsync(county);
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(id, item.GetProperty("id").GetGuid());
        Assert.Equal("Excel 月报", item.GetProperty("name").GetString());
        Assert.Equal("2026-12-31", item.GetProperty("expiresOn").GetString());
        Assert.Equal("Active", item.GetProperty("status").GetString());
        Assert.False(item.TryGetProperty("token", out _));
        Assert.False(item.TryGetProperty("hash", out _));
        Assert.DoesNotContain(token, listed.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalAccessToken.HashOf(token), listed.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());

        using var secretary = await As("secretary.a");
        Assert.Equal(0, (await ListAsync(secretary)).GetProperty("totalCount").GetInt32());
        await (await secretary.DeleteAsync($"{Tokens}/{id}")).ShouldBe(HttpStatusCode.NotFound);
        await (await county.GetAsync($"/odata/Townships?access_token={token}")).ShouldBe(HttpStatusCode.OK);

        await (await county.DeleteAsync($"{Tokens}/{id}")).ShouldBe(HttpStatusCode.NoContent);
        await (await county.DeleteAsync($"{Tokens}/{id}")).ShouldBe(HttpStatusCode.NoContent);

        var revoked = Assert.Single((await ListAsync(county)).GetProperty("items").EnumerateArray());
        Assert.Equal("Revoked", revoked.GetProperty("status").GetString());
        using var anonymous = Portal.CreateClient();
        await (await anonymous.GetAsync($"/odata/Townships?access_token={token}")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("", "2026-12-31", "name:Required")]
    [InlineData("Excel", "2026-06-15", "expiresOn:AccessTokenExpiresInFuture")]
    [InlineData("Excel", "2027-06-17", "expiresOn:AccessTokenLifetimeBounded")]
    public async Task Create_RefusesAMissingNameAndAnExpiryOutsideTheYearAhead(string name, string expiresOn, string fieldRule)
    {
        using var county = await As("county");

        var response = await county.SendJsonAsync(HttpMethod.Post, Tokens, new { name, expiresOn });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(fieldRule, await response.FieldRulesAsync());
    }

    [Theory]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    [InlineData("admin")]
    public async Task OnlyFeedReaders_MayCreateAToken(string user)
    {
        using var client = await As(user);

        var response = await client.SendJsonAsync(HttpMethod.Post, Tokens, new { name = "Excel", expiresOn = "2026-12-31" });

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal(0, (await ListAsync(client)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ARetriedCreate_MakesOneToken_AndTheReplayCarriesNoToken()
    {
        using var county = await As("county");

        var first = await county.SendJsonAsync(HttpMethod.Post, Tokens, new { name = "Power BI", expiresOn = "2026-12-31" }, idempotencyKey: "pbi-1");
        var retry = await county.SendJsonAsync(HttpMethod.Post, Tokens, new { name = "Power BI", expiresOn = "2026-12-31" }, idempotencyKey: "pbi-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        var token = (await first.JsonAsync()).GetProperty("token").GetString()!;
        var replay = await retry.JsonAsync();
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), replay.GetProperty("id").GetGuid());
        Assert.False(replay.TryGetProperty("token", out _));
        Assert.False(replay.TryGetProperty("feedUrl", out _));
        Assert.Equal(1, (await ListAsync(county)).GetProperty("totalCount").GetInt32());
        Assert.False(await DatabaseHoldsAsync(token));
    }

    [Fact]
    public async Task TheDatabaseHoldsTheTokensHash_NeverTheToken()
    {
        using var county = await As("county");
        var (id, token) = await CreateAsync(county);
        await (await county.DeleteAsync($"{Tokens}/{id}")).ShouldBe(HttpStatusCode.NoContent);

        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.AccessTokens.IgnoreQueryFilters().SingleAsync(t => t.Id == id);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))), stored.Hash);
        Assert.False(await DatabaseHoldsAsync(token));
    }

    [Fact]
    public async Task TheFeed_TakesTheTokenAsBearer_AsBasicPassword_AndAsAccessTokenParameter_ScopedAsItsUser()
    {
        using var secretaryApi = await As("secretary.a");
        var (_, secretaryToken) = await CreateAsync(secretaryApi);
        using var countyApi = await As("county");
        var (_, countyToken) = await CreateAsync(countyApi);

        using var bearer = Portal.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secretaryToken);
        using var basic = Portal.CreateClient();
        basic.UseBasic("whoever", secretaryToken);
        using var query = Portal.CreateClient();

        Assert.Equal([World.A.Township.Name], await TownshipNamesAsync(bearer, "/odata/Townships"));
        Assert.Equal([World.A.Township.Name], await TownshipNamesAsync(basic, "/odata/Townships"));
        Assert.Equal([World.A.Township.Name], await TownshipNamesAsync(query, $"/odata/Townships?access_token={secretaryToken}"));
        Assert.Equal(
            new[] { World.A.Township.Name, World.B.Township.Name }.Order(),
            (await TownshipNamesAsync(query, $"/odata/Townships?access_token={countyToken}")).Order());

        // Outside the feed a personal access token opens nothing.
        await (await bearer.GetAsync("/api/v1/me")).ShouldBe(HttpStatusCode.Unauthorized);

        var used = Assert.Single((await ListAsync(secretaryApi)).GetProperty("items").EnumerateArray());
        Assert.Equal(TestWorld.Now.UtcDateTime, used.GetProperty("lastUsedAt").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task ARevokedAWrongOrAMalformedToken_Answers401_WithABasicChallenge()
    {
        using var county = await As("county");
        var (id, token) = await CreateAsync(county);
        await (await county.DeleteAsync($"{Tokens}/{id}")).ShouldBe(HttpStatusCode.NoContent);
        using var anonymous = Portal.CreateClient();
        using var basicRevoked = Portal.CreateClient();
        basicRevoked.UseBasic("excel", token);
        using var basicPassword = Portal.CreateClient();
        basicPassword.UseBasic("county", PortalFactory.Password);

        foreach (var response in new[]
        {
            await anonymous.GetAsync($"/odata/Proposals?access_token={token}"),
            await basicRevoked.GetAsync("/odata/Proposals"),
            await anonymous.GetAsync("/odata/Proposals?access_token=dpat_" + new string('x', 43)),
            await anonymous.GetAsync("/odata/Proposals?access_token=not-a-token"),
            await basicPassword.GetAsync("/odata/Proposals"),
            await anonymous.GetAsync("/odata/Proposals"),
        })
        {
            await response.ShouldBe(HttpStatusCode.Unauthorized);
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic" && h.Parameter!.Contains("realm=", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AnExpiredToken_Answers401_OnTheApplicationsClock()
    {
        using var county = await As("county");
        var (_, token) = await CreateAsync(county, expiresOn: Today.AddDays(1));
        using var anonymous = Portal.CreateClient();
        await (await anonymous.GetAsync($"/odata/Townships?access_token={token}")).ShouldBe(HttpStatusCode.OK);

        var lastDay = TestWorld.Now.AddDays(1).Date.AddHours(23).AddMinutes(59);
        var dayAfter = TestWorld.Now.AddDays(2).Date.AddMinutes(1);
        await using (var lastDayHost = At(new DateTimeOffset(lastDay, TimeSpan.FromHours(8))))
        {
            using var client = lastDayHost.CreateClient();
            await (await client.GetAsync($"/odata/Townships?access_token={token}")).ShouldBe(HttpStatusCode.OK);
        }

        await using var later = At(new DateTimeOffset(dayAfter, TimeSpan.FromHours(8)));
        using var lateClient = later.CreateClient();
        var expired = await lateClient.GetAsync($"/odata/Townships?access_token={token}");
        await expired.ShouldBe(HttpStatusCode.Unauthorized);
        var signIn = await lateClient.PostAsJsonAsync("/api/v1/auth/token", new { userName = "county", password = PortalFactory.Password });
        lateClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await signIn.JsonAsync()).GetProperty("access_token").GetString());
        Assert.Equal("Expired", (await ListAsync(lateClient)).GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnAccountNoLongerReadingTheFeed_LosesItsTokens()
    {
        using var secretary = await As("secretary.a");
        var (_, token) = await CreateAsync(secretary);
        using var anonymous = Portal.CreateClient();
        await (await anonymous.GetAsync($"/odata/Townships?access_token={token}")).ShouldBe(HttpStatusCode.OK);

        await using (var scope = Portal.SystemScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DeputyPortal.Infrastructure.Identity.AppUser>>();
            var user = (await users.FindByNameAsync("secretary.a"))!;
            await users.RemoveFromRoleAsync(user, "TownshipSecretary");
            await users.AddToRoleAsync(user, "Deputy");
        }

        await (await anonymous.GetAsync($"/odata/Townships?access_token={token}")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task FollowingNextLink_WithTheTokenInTheQuery_OrAsBasic_ReadsEveryRowOnce()
    {
        using var county = await As("county");
        var (_, token) = await CreateAsync(county);
        var model = await ODataClient.MetadataAsync(county);
        int total;
        await using (var scope = Portal.SystemScope())
        {
            total = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Deputies.CountAsync();
        }

        using var byQuery = Portal.CreateClient();
        using var byBasic = Portal.CreateClient();
        byBasic.UseBasic("excel", token);
        foreach (var (client, first) in new[]
        {
            (byQuery, $"/odata/Deputies?$count=true&$select=Id,Name&access_token={token}"),
            (byBasic, "/odata/Deputies?$count=true&$select=Id,Name"),
        })
        {
            client.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=3");
            var ids = new List<Guid>();
            string? url = first;
            var pages = 0;
            while (url is not null)
            {
                var page = await ODataClient.ReadPageAsync(client, model, url, "Deputies");
                Assert.Equal(total, page.Count);
                ids.AddRange(page.Rows.Select(r => (Guid)r["Id"]!));
                if (client == byQuery && page.NextLink is not null)
                {
                    Assert.Contains($"access_token={token}", page.NextLink.Query, StringComparison.Ordinal);
                }

                url = page.NextLink?.PathAndQuery;
                pages++;
            }

            Assert.True(pages > 1);
            Assert.Equal(total, ids.Count);
            Assert.Equal(total, ids.Distinct().Count());
        }
    }

    [Fact]
    public async Task TheToken_AppearsInNoLogLine_ThoughRequestLinesAreLogged()
    {
        using var county = await As("county");
        var (_, token) = await CreateAsync(county);
        await using var verbose = Portal.WithWebHostBuilder(b => b
            .UseSetting("Scheduler:Enabled", "false")
            .UseSetting("Logging:LogLevel:Default", "Debug")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Debug"));
        using var client = verbose.CreateClient();
        using var basic = verbose.CreateClient();
        basic.UseBasic("excel", token);
        Portal.Logs.Clear();

        await (await client.GetAsync($"/odata/Proposals?$top=1&access_token={token}")).ShouldBe(HttpStatusCode.OK);
        await (await client.GetAsync($"/odata/Proposals?access_token={token}&$filter=Number eq 'x'")).ShouldBe(HttpStatusCode.OK);
        await (await client.GetAsync($"/odata/Nothing?access_token={token}")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/odata/Proposals?access_token={token}x")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await basic.GetAsync("/odata/Deputies?$top=1")).ShouldBe(HttpStatusCode.OK);

        var lines = Portal.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("/odata/Proposals", StringComparison.Ordinal) && l.Contains("access_token=[redacted]", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(token[5..], StringComparison.Ordinal));
    }

    private WebApplicationFactory<Program> At(DateTimeOffset now) => Portal.WithWebHostBuilder(b => b
        .UseSetting("Scheduler:Enabled", "false")
        .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FrozenTimeProvider(now))));

    private static async Task<(Guid Id, string Token)> CreateAsync(HttpClient client, DateOnly? expiresOn = null)
    {
        var response = await client.SendJsonAsync(HttpMethod.Post, Tokens, new { name = "Excel", expiresOn = (expiresOn ?? new DateOnly(2026, 12, 31)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        await response.ShouldBe(HttpStatusCode.Created);
        var body = await response.JsonAsync();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("token").GetString()!);
    }

    private static async Task<JsonElement> ListAsync(HttpClient client)
    {
        var response = await client.GetAsync(Tokens);
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private static async Task<List<string>> TownshipNamesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.JsonAsync()).GetProperty("value").EnumerateArray().Select(t => t.GetProperty("Name").GetString()!).ToList();
    }

    /// <summary>Whether any text column of any table holds the string (the token must be nowhere: not the token table, the audit or the idempotency store).</summary>
    private async Task<bool> DatabaseHoldsAsync(string text)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new Npgsql.NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in columns)
        {
            await using var find = new Npgsql.NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE \"{column}\"::text LIKE @pattern)", connection);
            find.Parameters.AddWithValue("pattern", "%" + text[5..] + "%");
            if ((bool)(await find.ExecuteScalarAsync())!)
            {
                return true;
            }
        }

        return false;
    }
}
