using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Compliance;
using DeputyPortal.Api.FunctionalTests.Reviews;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Profiles;

namespace DeputyPortal.Api.FunctionalTests.Profiles;

/// <summary>
/// 履职档案 from crafted records of township A in 2026: each component counted exactly once (a deputy in two groups
/// counted once per activity, absent and on leave not attended, another year not counted, a terminated deputy's year
/// cut at termination), the score and rank with ties, changed weights, and who may read what.
/// </summary>
public sealed class DutyProfileTests(PortalFactory portal) : PortalTest(portal)
{
    private const int Year = 2026;

    private ProfileHistory History => new(Portal);

    private string ListUrl(string query = "") => $"/api/v1/townships/{World.A.Township.Id}/profiles?year={Year}{query}";

    /// <summary>
    /// D0 (deputy.a, in both groups): 2 group activities attended (one a training, one an inspection), a reception day,
    /// a proposal led, 3 contacts reaching 2 constituents (one of them on a reception day), one 2025 activity not
    /// counted. D1: one group activity absent, one attended (the inspection), co-signed D0's proposal. D2: on leave.
    /// D3: absent from the reception day (not a group activity). D4: a contact the day of termination and a meeting
    /// after it. D5 (the chair): a presidium meeting.
    /// </summary>
    private async Task CraftAsync()
    {
        var a = World.A;
        var d = a.Deputies;
        await History.SecondGroupAsync(a, d[0], d[4]);
        await History.ActivityAsync(a, ActivityKind.Training, new(2026, 3, 10), true, (d[0], Attendance.Present), (d[1], Attendance.Absent), (d[2], Attendance.OnLeave));
        await History.ActivityAsync(a, ActivityKind.Inspection, new(2026, 4, 1), true, (d[0], Attendance.Present), (d[1], Attendance.Present));
        await History.ActivityAsync(a, ActivityKind.ReceptionDay, new(2026, 5, 1), false, (d[0], Attendance.Present), (d[3], Attendance.Absent));
        await History.ActivityAsync(a, ActivityKind.Training, new(2025, 11, 1), true, (d[0], Attendance.Present), (d[1], Attendance.Absent));
        await History.ProposalAsync(a, d[0], new(2026, 3, 1), d[1]);
        await History.ContactAsync(a, d[0], new(2026, 1, 5), ContactChannel.Visit, 0, 1);
        await History.ContactAsync(a, d[0], new(2026, 2, 5), ContactChannel.Visit, 0);
        await History.ContactAsync(a, d[0], new(2026, 5, 1), ContactChannel.ReceptionDay, 1);
        await History.ContactAsync(a, d[4], new(2026, 3, 31));
        await History.ActivityAsync(a, ActivityKind.Research, new(2026, 4, 2), false, (d[4], Attendance.Present));
        await History.TerminateAsync(a, d[4], new(2026, 3, 31));
        await new ComplianceHistory(Portal).MeetingAsync(a, new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        await SessionAttendanceAsync();
    }

    /// <summary>A 2026 session recorded through PUT /sessions/{id}/attendance: D0 present, D1 absent, D2 on leave; the 2021 session with D0 present is another year.</summary>
    private async Task SessionAttendanceAsync()
    {
        var a = World.A;
        var d = a.Deputies;
        var secretary = await As("secretary.a");
        var sessionId = await new ComplianceHistory(Portal).SessionAsync(a, 2, new(2026, 3, 20), new(2026, 3, 21));
        foreach (var (id, entries) in new[]
        {
            (sessionId, new object[] { new { deputyId = d[0].Id, attendance = "Present" }, new { deputyId = d[1].Id, attendance = "Absent" }, new { deputyId = d[2].Id, attendance = "OnLeave", leaveReason = "住院" } }),
            (a.Session.Id, new object[] { new { deputyId = d[0].Id, attendance = "Present" } }),
        })
        {
            var current = await secretary.GetAsync($"/api/v1/sessions/{id}");
            await current.ShouldBe(HttpStatusCode.OK);
            var put = await secretary.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{id}/attendance", new { attendance = entries }, current.ETag());
            await put.ShouldBe(HttpStatusCode.OK);
        }

        var noEtag = await secretary.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{sessionId}/attendance", new { attendance = Array.Empty<object>() });
        Assert.False(noEtag.IsSuccessStatusCode);
        var deputy = await (await As("deputy.a")).SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{sessionId}/attendance", new { attendance = Array.Empty<object>() }, "\"0\"");
        await deputy.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<Dictionary<Guid, JsonElement>> ListAsync(string user = "secretary.a", string query = "")
    {
        var response = await (await As(user)).GetAsync(ListUrl(query));
        await response.ShouldBe(HttpStatusCode.OK);
        var json = await response.JsonAsync();
        return json.GetProperty("items").EnumerateArray().ToDictionary(p => p.GetProperty("deputyId").GetGuid());
    }

    private static void AssertCounts(JsonElement p, int sessions, int meetings, int attended, int missed, int onLeave, int supervision, int led, int coSigned, int contacts, int reached, int reception, int trainings)
    {
        Assert.Equal(sessions, p.GetProperty("sessionsAttended").GetInt32());
        Assert.Equal(meetings, p.GetProperty("presidiumMeetingsAttended").GetInt32());
        Assert.Equal(attended, p.GetProperty("groupActivitiesAttended").GetInt32());
        Assert.Equal(missed, p.GetProperty("groupActivitiesMissed").GetInt32());
        Assert.Equal(onLeave, p.GetProperty("groupActivitiesOnLeave").GetInt32());
        Assert.Equal(supervision, p.GetProperty("supervisionActivitiesAttended").GetInt32());
        Assert.Equal(led, p.GetProperty("proposalsLed").GetInt32());
        Assert.Equal(coSigned, p.GetProperty("proposalsCoSigned").GetInt32());
        Assert.Equal(contacts, p.GetProperty("contactsLogged").GetInt32());
        Assert.Equal(reached, p.GetProperty("constituentsReached").GetInt32());
        Assert.Equal(reception, p.GetProperty("receptionDays").GetInt32());
        Assert.Equal(trainings, p.GetProperty("trainings").GetInt32());
    }

    [Fact]
    public async Task EachComponent_IsCountedExactlyOnce_AndScoresRankWithTies()
    {
        await CraftAsync();
        var d = World.A.Deputies;
        var w = DutyScoreWeights.Default;

        var profiles = await ListAsync();

        Assert.Equal(6, profiles.Count);
        AssertCounts(profiles[d[0].Id], 1, 0, 2, 0, 0, 1, 1, 0, 3, 2, 1, 1);
        AssertCounts(profiles[d[1].Id], 0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0);
        AssertCounts(profiles[d[2].Id], 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        AssertCounts(profiles[d[3].Id], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        AssertCounts(profiles[d[4].Id], 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
        AssertCounts(profiles[d[5].Id], 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        Assert.True(profiles[d[4].Id].GetProperty("terminated").GetBoolean());
        Assert.Equal("2026-03-31", profiles[d[4].Id].GetProperty("to").GetString());

        var d0 = w.SessionAttended + (2 * w.GroupActivityAttended) + w.SupervisionActivityAttended + w.ReceptionDay + w.Training + w.ProposalLed + (3 * w.ContactLogged) + (2 * w.ConstituentReached);
        var d1 = w.GroupActivityAttended + w.GroupActivityMissed + w.SupervisionActivityAttended + w.ProposalCoSigned;
        Assert.Equal(d0, profiles[d[0].Id].GetProperty("score").GetInt32());
        Assert.Equal(d1, profiles[d[1].Id].GetProperty("score").GetInt32());
        Assert.Equal(0, profiles[d[2].Id].GetProperty("score").GetInt32());
        Assert.Equal(w.ContactLogged, profiles[d[4].Id].GetProperty("score").GetInt32());
        Assert.Equal(w.PresidiumMeetingAttended, profiles[d[5].Id].GetProperty("score").GetInt32());

        int Rank(int i) => profiles[d[i].Id].GetProperty("rank").GetInt32();
        Assert.Equal([1, 2, 5, 5, 4, 3], Enumerable.Range(0, 6).Select(Rank).ToArray());
    }

    [Fact]
    public async Task LatestReview_AddsItsOutcomesPoints_AndShowsItsRate()
    {
        await History.ContactAsync(World.A, World.A.Deputy, new(2026, 1, 5));
        var review = await new ReviewFlow(Portal).RecordAsync(new ReviewFlow(Portal).Body());

        var profile = await (await (await As("secretary.a")).GetAsync($"/api/v1/deputies/{World.A.Deputy.Id}/profile?year={Year}")).JsonAsync();

        var outcome = review.Json.GetProperty("proposedOutcome").GetString();
        Assert.Equal(outcome, profile.GetProperty("latestReviewOutcome").GetString());
        Assert.Equal(review.Json.GetProperty("satisfactionRate").GetDecimal(), profile.GetProperty("latestReviewSatisfactionRate").GetDecimal());
        var w = DutyScoreWeights.Default;
        var points = outcome switch
        {
            "Excellent" => w.ReviewedExcellent,
            "Competent" => w.ReviewedCompetent,
            "BasicallyCompetent" => w.ReviewedBasicallyCompetent,
            _ => w.ReviewedIncompetent,
        };
        Assert.Equal(w.ContactLogged + points, profile.GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task ChangedWeights_ChangeTheScoreAndTheRank()
    {
        await CraftAsync();
        var d = World.A.Deputies;
        var url = $"/api/v1/townships/{World.A.Township.Id}/settings";
        var admin = await As("admin");
        var current = await admin.GetAsync(url);
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>((await current.JsonAsync()).GetRawText())!
            .Where(p => p.Key is not ("townshipId" or "version"))
            .ToDictionary(p => p.Key, p => (object?)p.Value);
        var weights = JsonSerializer.Deserialize<Dictionary<string, int>>(((JsonElement)body["dutyScore"]!).GetRawText())!;
        weights["groupActivityMissed"] = -20;
        body["dutyScore"] = weights;
        await (await admin.SendJsonAsync(HttpMethod.Put, url, body, current.ETag())).ShouldBe(HttpStatusCode.OK);

        var profiles = await ListAsync();

        var w = DutyScoreWeights.Default;
        Assert.Equal(w.GroupActivityAttended - 20 + w.SupervisionActivityAttended + w.ProposalCoSigned, profiles[d[1].Id].GetProperty("score").GetInt32());
        Assert.Equal(6, profiles[d[1].Id].GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task List_SortsByAnyComponent_AndFilters()
    {
        await CraftAsync();
        var d = World.A.Deputies;

        var byMissed = await (await (await As("presidium.a")).GetAsync(ListUrl("&sort=-groupActivitiesMissed&pageSize=2"))).JsonAsync();
        Assert.Equal(6, byMissed.GetProperty("totalCount").GetInt32());
        Assert.Equal(d[1].Id, byMissed.GetProperty("items")[0].GetProperty("deputyId").GetGuid());

        var byScore = await (await (await As("secretary.a")).GetAsync(ListUrl())).JsonAsync();
        Assert.Equal(d[0].Id, byScore.GetProperty("items")[0].GetProperty("deputyId").GetGuid());

        var inSecondGroup = await ListAsync(query: "&groupId=" + await SecondGroupIdAsync());
        Assert.Equal(new[] { d[0].Id, d[4].Id }.Order(), inSecondGroup.Keys.Order());
        Assert.Equal([d[2].Id], (await ListAsync(query: "&name=" + Uri.EscapeDataString(d[2].Name))).Keys.ToArray());
        Assert.All((await ListAsync(query: $"&districtId={World.A.Districts[0].Id}")).Values, p => Assert.Equal(World.A.Districts[0].Id, p.GetProperty("districtId").GetGuid()));

        var unknown = await (await As("secretary.a")).GetAsync(ListUrl("&sort=phone"));
        await unknown.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    private async Task<Guid> SecondGroupIdAsync()
    {
        var groups = await (await (await As("secretary.a")).GetAsync("/api/v1/groups?pageSize=50")).JsonAsync();
        return groups.GetProperty("items").EnumerateArray().Single(g => g.GetProperty("name").GetString() == "第二代表小组").GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Workbook_IsNamed履职情况汇总表()
    {
        await CraftAsync();
        var response = await (await As("secretary.a")).GetAsync($"/api/v1/townships/{World.A.Township.Id}/profiles.xlsx?year={Year}");
        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("履职情况汇总表.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Fact]
    public async Task ADeputy_ReadsOnlyTheirOwnProfile_AndOtherTownshipsAreNotFound()
    {
        await CraftAsync();
        var a = World.A;

        var mine = await (await As("deputy.a")).GetAsync($"/api/v1/me/profile?year={Year}");
        await mine.ShouldBe(HttpStatusCode.OK);
        var me = await mine.JsonAsync();
        Assert.Equal(a.Deputy.Id, me.GetProperty("profile").GetProperty("deputyId").GetGuid());
        Assert.Equal(1, me.GetProperty("profile").GetProperty("rank").GetInt32());
        Assert.Contains(me.GetProperty("shortfalls").EnumerateArray(), s => s.GetProperty("code").GetString() == "NotReviewed");
        Assert.Equal(a.ConstituentsOf(a.Deputy).Count(), me.GetProperty("constituents").GetArrayLength());

        await (await (await As("deputy.a")).GetAsync($"/api/v1/deputies/{a.Deputy.Id}/profile?year={Year}")).ShouldBe(HttpStatusCode.OK);
        await (await (await As("deputy.a")).GetAsync($"/api/v1/deputies/{a.OtherDeputy.Id}/profile?year={Year}")).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("deputy.a")).GetAsync(ListUrl())).ShouldBe(HttpStatusCode.Forbidden);
        await (await (await As("unit.a")).GetAsync($"/api/v1/me/profile")).ShouldBe(HttpStatusCode.Forbidden);
        await (await (await As("secretary.a")).GetAsync($"/api/v1/me/profile")).ShouldBe(HttpStatusCode.Forbidden);
        await (await (await As("secretary.b")).GetAsync(ListUrl())).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("secretary.b")).GetAsync($"/api/v1/townships/{a.Township.Id}/profiles.xlsx")).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("secretary.b")).GetAsync($"/api/v1/deputies/{a.Deputy.Id}/profile")).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("county")).GetAsync($"/api/v1/deputies/{a.Deputy.Id}/profile?year={Year}")).ShouldBe(HttpStatusCode.OK);
    }
}
