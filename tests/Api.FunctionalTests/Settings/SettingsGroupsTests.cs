using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Settings;

/// <summary>
/// The settings groups after the proposal numbers (compliance, reviews, voterReports, termStructure, dutyScore):
/// each is read and written as one object, stored as one jsonb column, and a group left out of a change is kept.
/// </summary>
public sealed class SettingsGroupsTests(PortalFactory portal) : PortalTest(portal)
{
    private string Url => $"/api/v1/townships/{World.A.Township.Id}/settings";

    [Fact]
    public async Task Get_WithoutOwnSettings_ShowsEveryGroupsDocumentedDefaults()
    {
        var json = await (await (await As("secretary.a")).GetAsync(Url)).JsonAsync();

        Assert.Equal("Term", json.GetProperty("voterReports").GetProperty("period").GetString());
        Assert.Equal(12, json.GetProperty("voterReports").GetProperty("reminderMonthsBeforeTermEnd").GetInt32());
        Assert.Equal(35, json.GetProperty("termStructure").GetProperty("nonCpcMinimumPercent").GetInt32());
        Assert.Equal(33, json.GetProperty("termStructure").GetProperty("reelectedTargetPercent").GetInt32());
        Assert.True(json.GetProperty("termStructure").GetProperty("womenNotBelowPreviousTerm").GetBoolean());
        Assert.Equal(10, json.GetProperty("dutyScore").GetProperty("sessionAttended").GetInt32());
        Assert.Equal(-4, json.GetProperty("dutyScore").GetProperty("groupActivityMissed").GetInt32());
        Assert.Equal(2, json.GetProperty("compliance").GetProperty("sessionsPerYear").GetInt32());
    }

    [Fact]
    public async Task Change_StoresEachGroupAsSent_AndAGroupLeftOutKeepsItsStoredValues()
    {
        var current = await (await (await As("admin")).GetAsync(Url)).JsonAsync();
        var body = Body(current);
        body["voterReports"] = new JsonObject { ["period"] = "Year", ["reminderMonthsBeforeTermEnd"] = 6 };
        body["compliance"]!["sessionsPerYear"] = 3;
        body["reviews"]!["excellentPercent"] = 95;
        var first = await Change("\"0\"", body);
        await first.ShouldBe(HttpStatusCode.OK);

        var next = Body(await first.JsonAsync());
        next.Remove("voterReports");
        next.Remove("compliance");
        next.Remove("reviews");
        next["dutyScore"]!["training"] = 7;
        next["termStructure"]!["nonCpcMinimumPercent"] = 40;
        var second = await Change(first.ETag(), next);

        await second.ShouldBe(HttpStatusCode.OK);
        var stored = await (await (await As("secretary.a")).GetAsync(Url)).JsonAsync();
        Assert.Equal("Year", stored.GetProperty("voterReports").GetProperty("period").GetString());
        Assert.Equal(6, stored.GetProperty("voterReports").GetProperty("reminderMonthsBeforeTermEnd").GetInt32());
        Assert.Equal(3, stored.GetProperty("compliance").GetProperty("sessionsPerYear").GetInt32());
        Assert.Equal(95, stored.GetProperty("reviews").GetProperty("excellentPercent").GetInt32());
        Assert.Equal(7, stored.GetProperty("dutyScore").GetProperty("training").GetInt32());
        Assert.Equal(10, stored.GetProperty("dutyScore").GetProperty("sessionAttended").GetInt32());
        Assert.Equal(40, stored.GetProperty("termStructure").GetProperty("nonCpcMinimumPercent").GetInt32());

        // One column per group, readable in SQL by whoever reports on the database.
        using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var period = await db.Database
            .SqlQuery<string>($"SELECT voter_reports ->> 'period' AS \"Value\" FROM township_settings WHERE township_id = {World.A.Township.Id}")
            .SingleAsync();
        Assert.Equal("Year", period);
    }

    [Theory]
    [InlineData("voterReports", "reminderMonthsBeforeTermEnd", 0, "voterReports.reminderMonthsBeforeTermEnd")]
    [InlineData("termStructure", "nonCpcMinimumPercent", 101, "termStructure.nonCpcMinimumPercent")]
    [InlineData("termStructure", "reelectedTolerancePercent", 51, "termStructure.reelectedTolerancePercent")]
    [InlineData("dutyScore", "proposalLed", 51, "dutyScore.proposalLed")]
    [InlineData("dutyScore", "groupActivityMissed", -51, "dutyScore.groupActivityMissed")]
    public async Task Change_WithAGroupValueOutOfRange_IsRefusedNamingTheField_AndWritesNothing(string group, string field, int value, string expected)
    {
        var body = Body(await (await (await As("admin")).GetAsync(Url)).JsonAsync());
        body[group]![field] = value;

        var response = await Change("\"0\"", body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"{expected}:SettingInRange", await response.FieldRulesAsync());
        using var scope = Portal.SystemScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().TownshipSettings.CountAsync());
    }

    [Fact]
    public async Task Change_WithAnUnknownVoterReportPeriod_IsRefused()
    {
        var body = Body(await (await (await As("admin")).GetAsync(Url)).JsonAsync());
        body["voterReports"]!["period"] = "Decade";

        await (await Change("\"0\"", body)).ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    /// <summary>The settings as read, turned into a change body (everything but the township and the version).</summary>
    private static JsonObject Body(JsonElement settings)
    {
        var body = JsonNode.Parse(settings.GetRawText())!.AsObject();
        body.Remove("townshipId");
        body.Remove("version");
        return body;
    }

    private async Task<HttpResponseMessage> Change(string etag, JsonObject body) =>
        await (await As("admin")).SendJsonAsync(HttpMethod.Put, Url, body, etag);
}
