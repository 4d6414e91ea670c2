using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Settings;

public sealed class TownshipSettingsTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly string[] DefaultCategories = ["经济发展", "城乡建设", "农业农村", "教育", "医疗卫生", "社会保障", "生态环境", "社会治理", "其他"];

    private ProposalFlow Flow => new(Portal);

    private string UrlA => $"/api/v1/townships/{World.A.Township.Id}/settings";

    [Fact]
    public async Task Get_TownshipWithoutOwnSettings_ShowsTheDefaultsWithETagZero()
    {
        var response = await (await As("deputy.a")).GetAsync(UrlA);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("\"0\"", response.ETag());
        var json = await response.JsonAsync();
        Assert.Equal(World.A.Township.Id, json.GetProperty("townshipId").GetGuid());
        Assert.Equal(5, json.GetProperty("motionMinimumSigners").GetInt32());
        Assert.Equal(3, json.GetProperty("handlingMonths").GetInt32());
        Assert.Equal(6, json.GetProperty("complexHandlingMonths").GetInt32());
        Assert.Equal(1, json.GetProperty("sessionAssignmentMonths").GetInt32());
        Assert.Equal(1, json.GetProperty("coUnitInputMonths").GetInt32());
        Assert.Equal(10, json.GetProperty("returnWindowDays").GetInt32());
        Assert.Equal(20, json.GetProperty("evaluationWorkingDays").GetInt32());
        Assert.Equal(1, json.GetProperty("rehandlingMonths").GetInt32());
        Assert.Equal(30, json.GetProperty("yellowWarningDays").GetInt32());
        Assert.Equal(7, json.GetProperty("redWarningDays").GetInt32());
        Assert.Equal(DefaultCategories, Categories(json));
        Assert.Equal(0, json.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("county")]
    [InlineData("admin")]
    [InlineData("secretary.a")]
    [InlineData("presidium.a")]
    [InlineData("unit.a")]
    public async Task Get_ByAnyoneWhoReadsTheTownship_IsAllowed(string user) =>
        await (await (await As(user)).GetAsync(UrlA)).ShouldBe(HttpStatusCode.OK);

    [Theory]
    [InlineData("secretary.b")]
    [InlineData("deputy.b")]
    public async Task Get_OfAnotherTownship_IsNotFound(string user) =>
        await (await (await As(user)).GetAsync(UrlA)).ShouldBe(HttpStatusCode.NotFound);

    [Fact]
    public async Task Get_UnknownTownship_IsNotFound() =>
        await (await (await As("admin")).GetAsync($"/api/v1/townships/{Guid.NewGuid()}/settings")).ShouldBe(HttpStatusCode.NotFound);

    [Fact]
    public async Task Change_ByAdmin_StoresTheTownshipsNumbersAndIssuesANewETag()
    {
        var categories = new[] { "经济发展", "城乡建设", "教育", "其他" };

        var response = await ChangeAsync(UrlA, "\"0\"", Body(yellowWarningDays: 45, redWarningDays: 10, categories: categories));

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual("\"0\"", response.ETag());
        var fetched = await (await As("secretary.a")).GetAsync(UrlA);
        Assert.Equal(response.ETag(), fetched.ETag());
        var json = await fetched.JsonAsync();
        Assert.Equal(45, json.GetProperty("yellowWarningDays").GetInt32());
        Assert.Equal(10, json.GetProperty("redWarningDays").GetInt32());
        Assert.Equal(3, json.GetProperty("handlingMonths").GetInt32());
        Assert.Equal(categories, Categories(json));

        // The other township keeps the defaults.
        var other = await (await As("secretary.b")).GetAsync($"/api/v1/townships/{World.B.Township.Id}/settings");
        Assert.Equal("\"0\"", other.ETag());
        Assert.Equal(30, (await other.JsonAsync()).GetProperty("yellowWarningDays").GetInt32());
    }

    [Fact]
    public async Task Change_Twice_UpdatesTheStoredRow()
    {
        var first = await ChangeAsync(UrlA, "\"0\"", Body(handlingMonths: 2));
        await first.ShouldBe(HttpStatusCode.OK);

        var second = await ChangeAsync(UrlA, first.ETag(), Body(handlingMonths: 4));

        await second.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(first.ETag(), second.ETag());
        Assert.Equal(4, (await (await (await As("admin")).GetAsync(UrlA)).JsonAsync()).GetProperty("handlingMonths").GetInt32());
        Assert.Equal(1, await StoredRowsAsync());
    }

    [Theory]
    [InlineData("county")]
    [InlineData("secretary.a")]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task Change_ByAnyoneButAdmin_IsForbidden(string user)
    {
        var response = await (await As(user)).SendJsonAsync(HttpMethod.Put, UrlA, Body(handlingMonths: 2), "\"0\"");

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal(0, await StoredRowsAsync());
    }

    [Theory]
    [InlineData("motionMinimumSigners", "SettingInRange")]
    [InlineData("handlingMonths", "SettingInRange")]
    [InlineData("complexHandlingMonths", "SettingInRange")]
    [InlineData("evaluationWorkingDays", "SettingInRange")]
    [InlineData("redWarningDays", "SettingInRange")]
    [InlineData("yellowWarningDays", "YellowBeforeRed")]
    [InlineData("proposalCategories", "CategoriesAreDistinct")]
    [InlineData("proposalCategories:empty", "CategoriesAreDistinct")]
    public async Task Change_WithBadValue_IsRefusedNamingFieldAndRule_AndWritesNothing(string field, string rule)
    {
        var body = field switch
        {
            "motionMinimumSigners" => Body(motionMinimumSigners: 1),
            "handlingMonths" => Body(handlingMonths: 13),
            "complexHandlingMonths" => Body(handlingMonths: 4, complexHandlingMonths: 3),
            "evaluationWorkingDays" => Body(evaluationWorkingDays: 4),
            "redWarningDays" => Body(redWarningDays: -1),
            "yellowWarningDays" => Body(yellowWarningDays: 7, redWarningDays: 7),
            "proposalCategories" => Body(categories: ["教育", "教育"]),
            _ => Body(categories: []),
        };

        var response = await ChangeAsync(UrlA, "\"0\"", body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"{field.Split(':')[0]}:{rule}", await response.FieldRulesAsync());
        Assert.Equal(0, await StoredRowsAsync());
    }

    [Fact]
    public async Task Change_WithoutCategories_IsRefusedNamingTheField()
    {
        var withoutCategories = JsonSerializer.SerializeToNode(Body(), JsonSerializerOptions.Web)!.AsObject();
        withoutCategories.Remove("proposalCategories");

        var response = await ChangeAsync(UrlA, "\"0\"", withoutCategories);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("proposalCategories:Required", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Change_WithoutANumber_IsRefusedNamingIt_NotReadAsZero()
    {
        var response = await ChangeAsync(UrlA, "\"0\"", new { motionMinimumSigners = 5, handlingMonths = 3, proposalCategories = DefaultCategories });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("complexHandlingMonths:Required", rules);
        Assert.Equal(0, await StoredRowsAsync());
    }

    [Fact]
    public async Task Change_BadValueOnStoredRow_KeepsTheStoredNumbers()
    {
        var stored = await ChangeAsync(UrlA, "\"0\"", Body(handlingMonths: 2));

        var refused = await ChangeAsync(UrlA, stored.ETag(), Body(handlingMonths: 0));

        await refused.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var fetched = await (await As("admin")).GetAsync(UrlA);
        Assert.Equal(stored.ETag(), fetched.ETag());
        Assert.Equal(2, (await fetched.JsonAsync()).GetProperty("handlingMonths").GetInt32());
    }

    [Fact]
    public async Task Change_WithStaleETag_IsPreconditionFailedAndKeepsTheOtherChange()
    {
        var first = await ChangeAsync(UrlA, "\"0\"", Body(handlingMonths: 2));
        await first.ShouldBe(HttpStatusCode.OK);

        // A second admin still holding the defaults' ETag, then one holding the first change's ETag after another change.
        var staleDefaults = await ChangeAsync(UrlA, "\"0\"", Body(handlingMonths: 5));
        var second = await ChangeAsync(UrlA, first.ETag(), Body(handlingMonths: 4));
        var staleRow = await ChangeAsync(UrlA, first.ETag(), Body(handlingMonths: 6));

        await staleDefaults.ShouldBe(HttpStatusCode.PreconditionFailed);
        await second.ShouldBe(HttpStatusCode.OK);
        await staleRow.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal(4, (await (await (await As("admin")).GetAsync(UrlA)).JsonAsync()).GetProperty("handlingMonths").GetInt32());
    }

    [Fact]
    public async Task Change_WithStoredVersionWhileUsingDefaults_IsPreconditionFailed()
    {
        var response = await ChangeAsync(UrlA, "\"12345\"", Body(handlingMonths: 2));

        await response.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal(0, await StoredRowsAsync());
    }

    [Fact]
    public async Task Change_WithoutIfMatch_IsPreconditionRequired()
    {
        var response = await (await As("admin")).PutAsJsonAsync(UrlA, Body(handlingMonths: 2));

        await response.ShouldBe(HttpStatusCode.PreconditionRequired);
        Assert.Equal(0, await StoredRowsAsync());
    }

    [Fact]
    public async Task Change_UnknownTownship_IsNotFound()
    {
        var response = await ChangeAsync($"/api/v1/townships/{Guid.NewGuid()}/settings", "\"0\"", Body(handlingMonths: 2));

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(0, await StoredRowsAsync());
    }

    [Fact]
    public async Task CategoryRemovedFromSettings_IsNoLongerAcceptedForADraft()
    {
        var withoutAgriculture = DefaultCategories.Where(c => c != "农业农村").ToArray();
        await (await ChangeAsync(UrlA, "\"0\"", Body(categories: withoutAgriculture))).ShouldBe(HttpStatusCode.OK);

        var refused = await (await As("deputy.a")).PostAsJsonAsync("/api/v1/proposals", Flow.Suggestion(category: "农业农村"));
        var accepted = await (await As("deputy.a")).PostAsJsonAsync("/api/v1/proposals", Flow.Suggestion(category: "教育"));

        await refused.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("category:CategoryFromSettings", await refused.FieldRulesAsync());
        await accepted.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task NewCategoryInSettings_IsAcceptedForADraft()
    {
        await (await ChangeAsync(UrlA, "\"0\"", Body(categories: [.. DefaultCategories, "乡村振兴"]))).ShouldBe(HttpStatusCode.OK);

        var draft = await Flow.DraftAsync(Flow.Suggestion(category: "乡村振兴"));

        Assert.Equal("乡村振兴", draft.Json.GetProperty("category").GetString());
    }

    [Fact]
    public async Task MotionMinimumSigners_FromSettings_DecidesWhetherAMotionHasEnoughSigners()
    {
        var refused = await (await As("deputy.a")).PostAsJsonAsync("/api/v1/proposals", Flow.Motion(signers: 3));
        await refused.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("coSignerDeputyIds:R8.MotionHasMinimumSigners", await refused.FieldRulesAsync());

        await (await ChangeAsync(UrlA, "\"0\"", Body(motionMinimumSigners: 3))).ShouldBe(HttpStatusCode.OK);

        var motion = await Flow.DraftAsync(Flow.Motion(signers: 3));
        Assert.Equal("Motion", motion.Json.GetProperty("kind").GetString());
        Assert.Equal(2, motion.Json.GetProperty("coSignerDeputyIds").GetArrayLength());
    }

    [Fact]
    public async Task HandlingMonths_FromSettings_SetTheAssignmentsDeadline()
    {
        await (await ChangeAsync(UrlA, "\"0\"", Body(handlingMonths: 2))).ShouldBe(HttpStatusCode.OK);

        var assigned = await Flow.AssignedAsync();

        Assert.Equal("2026-08-15", assigned.Json.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task RedWarningDays_FromSettings_ColourAFreshAssignmentRed()
    {
        // One month to handle: 30 days left, which the defaults (yellow 30, red 7) show as yellow.
        await (await ChangeAsync(UrlA, "\"0\"", Body(handlingMonths: 1, yellowWarningDays: 45, redWarningDays: 30))).ShouldBe(HttpStatusCode.OK);

        var assigned = await Flow.AssignedAsync();

        Assert.Equal("2026-07-15", assigned.Json.GetProperty("dueOn").GetString());
        Assert.Equal("red", assigned.Json.GetProperty("warningColor").GetString());
        Assert.Equal("red", (await Flow.GetAsync(assigned.Id)).Json.GetProperty("warningColor").GetString());
    }

    [Theory]
    [InlineData(100, 7, "yellow")]
    [InlineData(92, 7, "yellow")]
    [InlineData(91, 7, "green")]
    [InlineData(120, 60, "yellow")]
    public async Task WarningThresholds_FromSettings_ColourTheProposalOnGet(int yellow, int red, string expected)
    {
        // Assigned under the defaults: 92 days left, green.
        var assigned = await Flow.AssignedAsync();
        Assert.Equal("green", assigned.Json.GetProperty("warningColor").GetString());

        await (await ChangeAsync(UrlA, "\"0\"", Body(yellowWarningDays: yellow, redWarningDays: red))).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(expected, (await Flow.GetAsync(assigned.Id)).Json.GetProperty("warningColor").GetString());
        Assert.Equal(expected, (await Flow.GetAsync(assigned.Id, user: "deputy.a")).Json.GetProperty("warningColor").GetString());
    }

    private static object Body(
        int motionMinimumSigners = 5, int handlingMonths = 3, int complexHandlingMonths = 6, int evaluationWorkingDays = 20,
        int yellowWarningDays = 30, int redWarningDays = 7, string[]? categories = null) => new
        {
            motionMinimumSigners,
            handlingMonths,
            complexHandlingMonths,
            sessionAssignmentMonths = 1,
            coUnitInputMonths = 1,
            returnWindowDays = 10,
            evaluationWorkingDays,
            rehandlingMonths = 1,
            yellowWarningDays,
            redWarningDays,
            proposalCategories = categories ?? DefaultCategories,
        };

    private static string[] Categories(JsonElement json) =>
        json.GetProperty("proposalCategories").EnumerateArray().Select(c => c.GetString()!).ToArray();

    private async Task<HttpResponseMessage> ChangeAsync(string url, string etag, object body) =>
        await (await As("admin")).SendJsonAsync(HttpMethod.Put, url, body, etag);

    private async Task<int> StoredRowsAsync()
    {
        using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().TownshipSettings.CountAsync();
    }
}
