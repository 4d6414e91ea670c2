using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Presidium;

public sealed class PresidiumMembersTests(PortalFactory portal) : PortalTest(portal)
{
    private object Appointment(Guid deputyId, string post = "ViceChair", string servesFrom = "2023-01-01") =>
        new { termId = World.A.Term.Id, deputyId, post, servesFrom };

    private async Task<JsonElement> AppointAsync(HttpClient client, Guid deputyId, string post = "ViceChair", string servesFrom = "2023-01-01")
    {
        var response = await client.PostAsJsonAsync("/api/v1/presidium-members", Appointment(deputyId, post, servesFrom));
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.JsonAsync();
    }

    private static async Task<HttpResponseMessage> EndAsync(HttpClient client, Guid memberId, string servesUntil)
    {
        var url = $"/api/v1/presidium-members/{memberId}";
        return await client.SendJsonAsync(HttpMethod.Post, $"{url}/end", new { servesUntil }, (await client.GetAsync(url)).ETag());
    }

    [Fact]
    public async Task List_AsSecretary_ShowsOwnTownshipWithDeputyNames()
    {
        var client = await As("secretary.a");

        var page = await (await client.GetAsync("/api/v1/presidium-members")).JsonAsync();

        var chair = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(World.A.Chair.Id, chair.GetProperty("id").GetGuid());
        Assert.Equal("甲代表6", chair.GetProperty("deputyName").GetString());
        Assert.Equal("Chair", chair.GetProperty("post").GetString());
        Assert.Equal("2021-09-01", chair.GetProperty("servesFrom").GetString());
    }

    [Fact]
    public async Task List_AsCountyStaff_ShowsEveryTownship()
    {
        var client = await As("county");

        var page = await (await client.GetAsync("/api/v1/presidium-members")).JsonAsync();
        var ofB = await (await client.GetAsync($"/api/v1/presidium-members?termId={World.B.Term.Id}")).JsonAsync();

        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("乙代表6", Assert.Single(ofB.GetProperty("items").EnumerateArray()).GetProperty("deputyName").GetString());
    }

    [Fact]
    public async Task List_CurrentOn_KeepsOnlyPostsHeldThatDay()
    {
        var client = await As("secretary.a");
        var vice = await AppointAsync(client, World.A.Deputies[1].Id, servesFrom: "2023-01-01");
        await (await EndAsync(client, vice.GetProperty("id").GetGuid(), "2024-06-30")).ShouldBe(HttpStatusCode.OK);

        async Task<List<string?>> NamesOn(string date) =>
            (await (await client.GetAsync($"/api/v1/presidium-members?currentOn={date}&sort=servesFrom")).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(m => m.GetProperty("deputyName").GetString()).ToList();

        Assert.Equal(["甲代表6"], await NamesOn("2022-12-31"));
        Assert.Equal(["甲代表6", "甲代表2"], await NamesOn("2023-01-01"));
        Assert.Equal(["甲代表6", "甲代表2"], await NamesOn("2024-06-30"));
        Assert.Equal(["甲代表6"], await NamesOn("2024-07-01"));
    }

    [Fact]
    public async Task Get_CarriesETagAndDeputyName()
    {
        var client = await As("presidium.a");

        var response = await client.GetAsync($"/api/v1/presidium-members/{World.A.Chair.Id}");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Matches("^\"\\d+\"$", response.ETag());
        var json = await response.JsonAsync();
        Assert.Equal(World.A.Deputies[5].Id, json.GetProperty("deputyId").GetGuid());
        Assert.Equal("甲代表6", json.GetProperty("deputyName").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("servesUntil").ValueKind);
    }

    [Fact]
    public async Task Get_AnotherTownshipsMember_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync($"/api/v1/presidium-members/{World.B.Chair.Id}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Appoint_AsSecretary_CreatesThePost()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/presidium-members", Appointment(World.A.Deputies[1].Id, "Member", "2022-03-15"));

        await response.ShouldBe(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        Assert.Equal($"/api/v1/presidium-members/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        var fetched = await client.GetAsync(response.Headers.Location);
        Assert.Equal(response.ETag(), fetched.ETag());
        var json = await fetched.JsonAsync();
        Assert.Equal("甲代表2", json.GetProperty("deputyName").GetString());
        Assert.Equal("Member", json.GetProperty("post").GetString());
        Assert.Equal("2022-03-15", json.GetProperty("servesFrom").GetString());
        Assert.Equal(World.A.Township.Id, json.GetProperty("townshipId").GetGuid());
    }

    [Fact]
    public async Task Appoint_DeputyOfAnotherTownship_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/presidium-members", Appointment(World.B.Deputies[1].Id));

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Appoint_InAnotherTownshipsTerm_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync(
            "/api/v1/presidium-members", new { termId = World.B.Term.Id, deputyId = World.A.Deputies[1].Id, post = "Member", servesFrom = "2023-01-01" });

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Appoint_TerminatedDeputy_IsRefusedNamingTheRule()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/deputies/{World.A.Deputies[1].Id}";
        await (await client.SendJsonAsync(HttpMethod.Post, $"{url}/terminate", new { terminatedOn = "2022-01-10", reason = "辞职" }, (await client.GetAsync(url)).ETag()))
            .ShouldBe(HttpStatusCode.OK);

        var response = await client.PostAsJsonAsync("/api/v1/presidium-members", Appointment(World.A.Deputies[1].Id));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("deputyId:PresidiumMemberIsServingDeputy", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Appoint_OutsideTheTerm_IsRefusedNamingTheRule()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/presidium-members", Appointment(World.A.Deputies[1].Id, servesFrom: "2021-08-31"));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("servesFrom:PresidiumPostWithinTerm", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Appoint_WithMissingAndUnknownFields_NamesEachFieldAndRule()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync(
            "/api/v1/presidium-members", new { termId = World.A.Term.Id, deputyId = Guid.Empty, post = 9, servesFrom = "0001-01-01" });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("deputyId:Required", rules);
        Assert.Contains("post:KnownValue", rules);
        Assert.Contains("servesFrom:Required", rules);
    }

    [Theory]
    [InlineData("county")]
    [InlineData("admin")]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task Appoint_ByRoleOtherThanSecretary_IsForbidden(string userName)
    {
        var client = await As(userName);

        var response = await client.PostAsJsonAsync("/api/v1/presidium-members", Appointment(World.A.Deputies[1].Id));

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Appoint_RetriedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("secretary.a");
        var body = Appointment(World.A.Deputies[1].Id);

        var first = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/presidium-members", body, idempotencyKey: "presidium-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/presidium-members", body, idempotencyKey: "presidium-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(2, (await (await client.GetAsync("/api/v1/presidium-members")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task End_WithCurrentETag_EndsThePostAndIssuesNewETag()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/presidium-members/{World.A.Chair.Id}";
        var etag = (await client.GetAsync(url)).ETag();

        var response = await client.SendJsonAsync(HttpMethod.Post, $"{url}/end", new { servesUntil = "2025-03-31" }, etag);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(etag, response.ETag());
        var json = await response.JsonAsync();
        Assert.Equal("2025-03-31", json.GetProperty("servesUntil").GetString());
        Assert.Equal("甲代表6", json.GetProperty("deputyName").GetString());
    }

    [Fact]
    public async Task End_Twice_IsConflictNamingTheRule()
    {
        var client = await As("secretary.a");
        await (await EndAsync(client, World.A.Chair.Id, "2025-03-31")).ShouldBe(HttpStatusCode.OK);

        var second = await EndAsync(client, World.A.Chair.Id, "2025-04-30");

        await second.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("PresidiumPostEndsOnce", (await second.JsonAsync()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task End_BeforeThePostStarted_IsRefusedNamingTheRule()
    {
        var client = await As("secretary.a");

        var response = await EndAsync(client, World.A.Chair.Id, "2021-08-31");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("servesUntil:PresidiumPostEndsAfterItStarts", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task End_WithoutIfMatch_IsPreconditionRequired()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/presidium-members/{World.A.Chair.Id}/end", new { servesUntil = "2025-03-31" });

        await response.ShouldBe(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task End_WithStaleETag_IsPreconditionFailed()
    {
        var client = await As("secretary.a");
        var vice = await AppointAsync(client, World.A.Deputies[1].Id);
        var url = $"/api/v1/presidium-members/{vice.GetProperty("id").GetGuid()}";
        var stale = (await client.GetAsync(url)).ETag();
        await (await EndAsync(client, vice.GetProperty("id").GetGuid(), "2024-01-01")).ShouldBe(HttpStatusCode.OK);

        var response = await client.SendJsonAsync(HttpMethod.Post, $"{url}/end", new { servesUntil = "2024-02-01" }, stale);

        await response.ShouldBe(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task End_AnotherTownshipsPost_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/presidium-members/{World.B.Chair.Id}/end", new { servesUntil = "2025-03-31" }, "\"1\"");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task End_ByPresidiumMember_IsForbidden()
    {
        var secretary = await As("secretary.a");
        var etag = (await secretary.GetAsync($"/api/v1/presidium-members/{World.A.Chair.Id}")).ETag();
        var client = await As("presidium.a");

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/presidium-members/{World.A.Chair.Id}/end", new { servesUntil = "2025-03-31" }, etag);

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }
}
