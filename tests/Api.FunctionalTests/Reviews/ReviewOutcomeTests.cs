using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Reviews.ReviewFlow;

namespace DeputyPortal.Api.FunctionalTests.Reviews;

/// <summary>
/// The outcome proposed from the township's thresholds (优秀 ≥ 90 %, 称职 ≥ 70 %, 基本称职 ≥ 50 % by default), at
/// their edges and after the administrator changes them, and the secretary's confirmation beside the proposal.
/// </summary>
public sealed class ReviewOutcomeTests(PortalFactory portal) : PortalTest(portal)
{
    private ReviewFlow Flow => new(Portal);

    [Theory]
    [InlineData(9, 0, 1, "Excellent")]            // 90 % exactly
    [InlineData(89, 0, 11, "Competent")]          // 89 %
    [InlineData(6, 1, 3, "Competent")]            // 70 % exactly, basically satisfied counting as approving
    [InlineData(69, 0, 31, "BasicallyCompetent")] // 69 %
    [InlineData(1, 0, 1, "BasicallyCompetent")]   // 50 % exactly
    [InlineData(49, 0, 51, "Incompetent")]        // 49 %
    [InlineData(0, 0, 3, "Incompetent")]          // 0 %, votes cast
    public async Task Proposal_FollowsTheDefaultThresholds_AtTheirEdges(int satisfied, int basicallySatisfied, int dissatisfied, string expected)
    {
        var review = await Flow.RecordAsync(Flow.Body(votersPresent: 100, satisfied: satisfied, basicallySatisfied: basicallySatisfied, dissatisfied: dissatisfied));

        Assert.Equal(expected, review.Json.GetProperty("proposedOutcome").GetString());
    }

    [Fact]
    public async Task ChangedThresholds_ChangeTheProposal_OfTheNextRecordOrRevision()
    {
        var before = await Flow.RecordAsync(Flow.Body(satisfied: 17, basicallySatisfied: 0, dissatisfied: 3)); // 85 %
        Assert.Equal("Competent", before.Json.GetProperty("proposedOutcome").GetString());

        await Flow.SetThresholdsAsync(excellent: 85, competent: 60, basicallyCompetent: 40);

        var settings = await (await (await As("secretary.a")).GetAsync($"/api/v1/townships/{World.A.Township.Id}/settings")).JsonAsync();
        Assert.Equal(85, settings.GetProperty("reviews").GetProperty("excellentPercent").GetInt32());
        var after = await Flow.RecordAsync(Flow.Body(deputyId: World.A.Deputies[1].Id, satisfied: 17, basicallySatisfied: 0, dissatisfied: 3));
        Assert.Equal("Excellent", after.Json.GetProperty("proposedOutcome").GetString());
        var revised = await (await As("secretary.a")).SendJsonAsync(
            HttpMethod.Put, before.Url, ForRevision(Flow.Body(satisfied: 11, basicallySatisfied: 0, dissatisfied: 9)), before.ETag); // 55 %
        Assert.Equal("BasicallyCompetent", (await revised.JsonAsync()).GetProperty("proposedOutcome").GetString());
    }

    [Fact]
    public async Task Settings_DefaultReviewThresholds_AreShown()
    {
        var settings = await (await (await As("secretary.a")).GetAsync($"/api/v1/townships/{World.A.Township.Id}/settings")).JsonAsync();

        var reviews = settings.GetProperty("reviews");
        Assert.Equal((90, 70, 50), (reviews.GetProperty("excellentPercent").GetInt32(), reviews.GetProperty("competentPercent").GetInt32(), reviews.GetProperty("basicallyCompetentPercent").GetInt32()));
    }

    [Fact]
    public async Task Settings_ThresholdsOutOfOrder_AreRefusedNamingTheRule()
    {
        var url = $"/api/v1/townships/{World.A.Township.Id}/settings";
        var admin = await As("admin");
        var body = new
        {
            motionMinimumSigners = 5, handlingMonths = 3, complexHandlingMonths = 6, sessionAssignmentMonths = 1, coUnitInputMonths = 1,
            returnWindowDays = 10, evaluationWorkingDays = 20, rehandlingMonths = 1, yellowWarningDays = 30, redWarningDays = 7,
            proposalCategories = new[] { "其他" },
            reviews = new { excellentPercent = 70, competentPercent = 70, basicallyCompetentPercent = 50 },
        };

        var response = await admin.SendJsonAsync(HttpMethod.Put, url, body, "\"0\"");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ReviewThresholdsInOrder", await response.RuleAsync());
    }

    [Fact]
    public async Task Secretary_ConfirmsTheProposal_OrChangesIt_BySendingTheOutcome()
    {
        var recordedConfirmed = await Flow.RecordAsync(Flow.Body(outcome: "Excellent"));
        Assert.Equal(("Excellent", "Excellent", true), Outcomes(recordedConfirmed.Json));

        var review = await Flow.RecordAsync(Flow.Body(deputyId: World.A.Deputies[1].Id));
        Assert.Equal(("Excellent", null, false), Outcomes(review.Json));

        var changed = await (await As("secretary.a")).SendJsonAsync(
            HttpMethod.Put, review.Url, ForRevision(Flow.Body(deputyId: World.A.Deputies[1].Id, outcome: "Competent")), review.ETag);

        await changed.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(("Excellent", "Competent", true), Outcomes(await changed.JsonAsync()));
        var read = await (await As("deputy2.a")).GetAsync(review.Url);
        Assert.Equal(("Excellent", "Competent", true), Outcomes(await read.JsonAsync()));
    }

    [Fact]
    public async Task Record_WithAnUnknownOutcome_IsRefused()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync(ReviewsRoute, Flow.Body(outcome: "Heroic"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    private static (string? Proposed, string? Outcome, bool Confirmed) Outcomes(System.Text.Json.JsonElement json) => (
        json.GetProperty("proposedOutcome").GetString(),
        json.GetProperty("outcome").GetString(),
        json.GetProperty("isConfirmed").GetBoolean());
}
