using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Reviews.ReviewFlow;

namespace DeputyPortal.Api.FunctionalTests.Reviews;

/// <summary>Recording, reading, listing and revising performance reviews (述职评议), and the rules of the tally and the date.</summary>
public sealed class ReviewsTests(PortalFactory portal) : PortalTest(portal)
{
    private ReviewFlow Flow => new(Portal);

    [Fact]
    public async Task Record_AnswersTheReviewWithItsRateProposalAndNames()
    {
        var review = await Flow.RecordAsync(Flow.Body());

        var json = review.Json;
        Assert.Equal(World.A.Deputy.Id, json.GetProperty("deputyId").GetGuid());
        Assert.Equal(World.A.Deputy.Name, json.GetProperty("deputyName").GetString());
        Assert.Equal(World.A.Deputy.DistrictId, json.GetProperty("districtId").GetGuid());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("districtName").GetString()));
        Assert.Equal("2026-04-10", json.GetProperty("heldOn").GetString());
        Assert.Equal("Oral", json.GetProperty("form").GetString());
        Assert.Equal(28, json.GetProperty("votesCast").GetInt32());
        Assert.Equal(0.9286m, json.GetProperty("satisfactionRate").GetDecimal());
        Assert.Equal("92.86%", json.GetProperty("satisfactionLabel").GetString());
        Assert.Equal("Excellent", json.GetProperty("proposedOutcome").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("outcome").ValueKind);
        Assert.False(json.GetProperty("isConfirmed").GetBoolean());

        var got = await (await As("secretary.a")).GetAsync(review.Url);
        await got.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(review.ETag, got.ETag());
        Assert.Equal("92.86%", (await got.JsonAsync()).GetProperty("satisfactionLabel").GetString());
    }

    [Fact]
    public async Task Record_InAnotherDistrictOfTheTerm_KeepsThatDistrict()
    {
        var other = World.A.Districts.First(d => d.Id != World.A.Deputy.DistrictId);

        var review = await Flow.RecordAsync(Flow.Body(districtId: other.Id));

        Assert.Equal(other.Id, review.Json.GetProperty("districtId").GetGuid());
    }

    [Fact]
    public async Task Record_TallyOverThosePresent_IsRefusedNamingTheRule()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync(ReviewsRoute, Flow.Body(votersPresent: 27, satisfied: 20, basicallySatisfied: 6, dissatisfied: 2));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("TallyWithinPresent", await response.RuleAsync());
        Assert.Equal(0, await Flow.CountAsync());
    }

    [Fact]
    public async Task Record_TallyEqualToThosePresent_IsAccepted() =>
        await Flow.RecordAsync(Flow.Body(votersPresent: 28, satisfied: 20, basicallySatisfied: 6, dissatisfied: 2));

    [Fact]
    public async Task Record_NegativeVotes_AreRefusedNamingTheField()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync(ReviewsRoute, Flow.Body(dissatisfied: -1));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("dissatisfied:TallyNotNegative", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Record_WithNoVotes_SaysNoVotes_NeverZeroPercent()
    {
        var review = await Flow.RecordAsync(Flow.Body(votersPresent: 12, satisfied: 0, basicallySatisfied: 0, dissatisfied: 0));

        Assert.Equal(0, review.Json.GetProperty("votesCast").GetInt32());
        Assert.Equal(JsonValueKind.Null, review.Json.GetProperty("satisfactionRate").ValueKind);
        Assert.Equal("无投票", review.Json.GetProperty("satisfactionLabel").GetString());
        Assert.Equal(JsonValueKind.Null, review.Json.GetProperty("proposedOutcome").ValueKind);
    }

    [Fact]
    public async Task Record_DatedOutsideTheTerm_IsRefusedNamingTheRule()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync(ReviewsRoute, Flow.Body(heldOn: new DateOnly(2021, 8, 31)));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ReviewWithinTerm", await response.RuleAsync());
    }

    [Fact]
    public async Task Record_DatedAfterToday_IsRefused()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync(ReviewsRoute, Flow.Body(heldOn: new DateOnly(2026, 6, 16)));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ReviewHasTakenPlace", await response.RuleAsync());
    }

    [Fact]
    public async Task Record_ForADeputyOfAnotherTownship_IsRefusedLikeOneOfAnotherTerm()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync(ReviewsRoute, Flow.Body(deputyId: World.B.Deputy.Id));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ReviewedDeputyOfTerm", await response.RuleAsync());
    }

    [Fact]
    public async Task Record_ForATerminatedDeputy_OnlyBeforeTheTermination()
    {
        var deputy = World.A.Deputies[2];
        var secretary = await As("secretary.a");
        var url = $"/api/v1/deputies/{deputy.Id}";
        var terminate = await secretary.SendJsonAsync(HttpMethod.Post, $"{url}/terminate", new { terminatedOn = "2026-03-31", reason = "辞职" }, (await secretary.GetAsync(url)).ETag());
        await terminate.ShouldBe(HttpStatusCode.OK);

        await Flow.RecordAsync(Flow.Body(deputyId: deputy.Id, heldOn: new DateOnly(2026, 3, 31)));
        var after = await secretary.PostAsJsonAsync(ReviewsRoute, Flow.Body(deputyId: deputy.Id, heldOn: new DateOnly(2026, 4, 1)));

        await after.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ReviewBeforeTermination", await after.RuleAsync());
    }

    [Theory]
    [InlineData("satisfied")]
    [InlineData("votersPresent")]
    [InlineData("form")]
    [InlineData("reportText")]
    public async Task Record_WithoutARequiredMember_IsRefusedNamingIt_AndNotStoredAsADefault(string member)
    {
        var body = Flow.Body();
        body.Remove(member);

        var response = await (await As("secretary.a")).PostAsJsonAsync(ReviewsRoute, body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"{member}:Required", await response.FieldRulesAsync());
        Assert.Equal(0, await Flow.CountAsync());
    }

    [Fact]
    public async Task Revise_ReplacesTheTally_AndProposesAfresh()
    {
        var review = await Flow.RecordAsync(Flow.Body());

        var response = await (await As("secretary.a")).SendJsonAsync(
            HttpMethod.Put, review.Url, ForRevision(Flow.Body(satisfied: 10, basicallySatisfied: 5, dissatisfied: 15)), review.ETag);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(review.ETag, response.ETag());
        var json = await response.JsonAsync();
        Assert.Equal(0.5m, json.GetProperty("satisfactionRate").GetDecimal());
        Assert.Equal("50%", json.GetProperty("satisfactionLabel").GetString());
        Assert.Equal("BasicallyCompetent", json.GetProperty("proposedOutcome").GetString());
    }

    [Fact]
    public async Task Revise_WithAStaleETag_IsPreconditionFailed_AndChangesNothing()
    {
        var review = await Flow.RecordAsync(Flow.Body());
        var secretary = await As("secretary.a");
        await (await secretary.SendJsonAsync(HttpMethod.Put, review.Url, ForRevision(Flow.Body(satisfied: 21)), review.ETag)).ShouldBe(HttpStatusCode.OK);

        var stale = await secretary.SendJsonAsync(HttpMethod.Put, review.Url, ForRevision(Flow.Body(satisfied: 1)), review.ETag);

        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal(21, (await (await secretary.GetAsync(review.Url)).JsonAsync()).GetProperty("satisfied").GetInt32());
    }

    [Fact]
    public async Task Revise_WithoutIfMatch_IsRefused()
    {
        var review = await Flow.RecordAsync(Flow.Body());

        var response = await (await As("secretary.a")).SendJsonAsync(HttpMethod.Put, review.Url, ForRevision(Flow.Body()));

        Assert.Equal(428, (int)response.StatusCode);
    }

    [Fact]
    public async Task Record_RetriedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("secretary.a");

        var first = await client.SendJsonAsync(HttpMethod.Post, ReviewsRoute, Flow.Body(), idempotencyKey: "review-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, ReviewsRoute, Flow.Body(), idempotencyKey: "review-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(1, await Flow.CountAsync());
    }

    [Fact]
    public async Task List_FiltersSortsAndPages()
    {
        var first = await Flow.RecordAsync(Flow.Body(heldOn: new DateOnly(2025, 11, 5), satisfied: 10, basicallySatisfied: 5, dissatisfied: 15));
        var second = await Flow.RecordAsync(Flow.Body(deputyId: World.A.Deputies[1].Id, heldOn: new DateOnly(2026, 4, 10), outcome: "Competent"));
        var third = await Flow.RecordAsync(Flow.Body(deputyId: World.A.Deputies[2].Id, heldOn: new DateOnly(2026, 5, 10), votersPresent: 5, satisfied: 0, basicallySatisfied: 0, dissatisfied: 0));
        var client = await As("secretary.a");

        Assert.Equal([third.Id, second.Id, first.Id], await IdsAsync(client, ReviewsRoute));
        Assert.Equal([first.Id], await IdsAsync(client, $"{ReviewsRoute}?deputyId={World.A.Deputy.Id}"));
        Assert.Equal([first.Id], await IdsAsync(client, $"{ReviewsRoute}?year=2025"));
        Assert.Equal([second.Id], await IdsAsync(client, $"{ReviewsRoute}?from=2026-04-10&to=2026-04-30"));
        Assert.Equal([second.Id], await IdsAsync(client, $"{ReviewsRoute}?outcome=Competent"));
        Assert.Equal([third.Id, first.Id], await IdsAsync(client, $"{ReviewsRoute}?confirmed=false"));
        Assert.Equal([first.Id], await IdsAsync(client, $"{ReviewsRoute}?proposedOutcome=BasicallyCompetent"));
        Assert.Equal([first.Id, second.Id, third.Id], await IdsAsync(client, $"{ReviewsRoute}?sort=satisfactionRate"));
        Assert.Equal([World.A.Deputy.DistrictId], (await PageAsync(client, $"{ReviewsRoute}?districtId={World.A.Deputy.DistrictId}&deputyId={World.A.Deputy.Id}")).Select(r => r.GetProperty("districtId").GetGuid()));
        Assert.Empty(await IdsAsync(client, $"{ReviewsRoute}?termId={Guid.NewGuid()}"));

        var paged = await (await client.GetAsync($"{ReviewsRoute}?pageSize=2&page=2")).JsonAsync();
        Assert.Equal(3, paged.GetProperty("totalCount").GetInt32());
        Assert.Equal(first.Id, Assert.Single(paged.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("sort=name", "SortKeyIsKnown")]
    [InlineData("year=1800", "YearInRange")]
    [InlineData("from=2026-05-01&to=2026-04-01", "DateRangeInOrder")]
    public async Task List_WithABadParameter_IsRefusedNamingTheRule(string parameters, string rule)
    {
        var response = await (await As("secretary.a")).GetAsync($"{ReviewsRoute}?{parameters}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.EndsWith($":{rule}", StringComparison.Ordinal));
    }

    private static async Task<JsonElement[]> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToArray();
    }

    private static async Task<Guid[]> IdsAsync(HttpClient client, string url) =>
        (await PageAsync(client, url)).Select(r => r.GetProperty("id").GetGuid()).ToArray();
}
