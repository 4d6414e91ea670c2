using System.Globalization;
using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Compliance;

/// <summary>
/// GET /api/v1/townships/{id}/compliance at the suite's fixed clock, 2026-06-15 10:00 in Asia/Shanghai: the second
/// quarter of 2026 is running, the first is over.
/// </summary>
public sealed class TownshipComplianceTests(PortalFactory portal) : PortalTest(portal)
{
    private ComplianceHistory History => new(Portal);

    private string UrlA => $"/api/v1/townships/{World.A.Township.Id}/compliance";

    [Fact]
    public async Task MeetingAt2330OnTheLastDayOfMarch_CountsForTheFirstQuarter()
    {
        await History.MeetingAsync(World.A, ChinaTime(2026, 3, 31, 23, 30));

        var q1 = await ComplianceAsync(2026, 1);
        var q2 = await ComplianceAsync(2026, 2);

        Assert.Equal(("Met", 1, 1), Numbers(Rule(q1, "R3")));
        Assert.Equal(("Pending", 0, 0), Numbers(Rule(q2, "R3")));
    }

    [Fact]
    public async Task MeetingAt0010OnTheFirstOfApril_CountsForTheSecondQuarter_NotTheFirst()
    {
        var heldAt = new DateTimeOffset(2026, 3, 31, 16, 10, 0, TimeSpan.Zero);
        Assert.Equal(ChinaTime(2026, 4, 1, 0, 10), heldAt);
        await History.MeetingAsync(World.A, heldAt);

        var q1 = await ComplianceAsync(2026, 1);
        var q2 = await ComplianceAsync(2026, 2);

        Assert.Equal(("Breached", 0, 0), Numbers(Rule(q1, "R3")));
        Assert.Equal(("Met", 1, 1), Numbers(Rule(q2, "R3")));
    }

    [Fact]
    public async Task QuarterWithoutRegularMeeting_IsPendingWhileRunning_AndBreachedOnceOver()
    {
        var q1 = await ComplianceAsync(2026, 1);
        var q2 = await ComplianceAsync(2026, 2);
        var q3 = await ComplianceAsync(2026, 3);

        Assert.Equal("Breached", Status(Rule(q1, "R3")));
        Assert.Equal("未达标", Rule(q1, "R3").GetProperty("statusLabel").GetString());
        Assert.Equal("2026-03-31", Rule(q1, "R3").GetProperty("dueBy").GetString());
        Assert.Equal("Pending", Status(Rule(q2, "R3")));
        Assert.Equal("进行中", Rule(q2, "R3").GetProperty("statusLabel").GetString());
        Assert.Equal("Pending", Status(Rule(q3, "R3")));
        Assert.Equal("2026-06-15", q2.GetProperty("asOf").GetString());
        Assert.Equal("2026-04-01", q2.GetProperty("quarterStart").GetString());
        Assert.Equal("2026-06-30", q2.GetProperty("quarterEnd").GetString());
    }

    [Fact]
    public async Task MeetingWithoutQuorum_DoesNotMeetR3()
    {
        await History.AppointTwoMoreMembersAsync(World.A);
        var meeting = await History.MeetingAsync(World.A, ChinaTime(2026, 2, 10, 9, 0), present: 1);

        var r3 = Rule(await ComplianceAsync(2026, 1), "R3");

        Assert.Equal(("Breached", 0, 1), Numbers(r3));
        var offender = Assert.Single(r3.GetProperty("offenders").EnumerateArray());
        Assert.Equal(meeting, offender.GetProperty("id").GetGuid());
        Assert.Equal("无法定人数（出席1人，应不少于2人）", offender.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task MeetingWithTwoOfThreeMembers_HasAQuorum_AndMeetsR3()
    {
        await History.AppointTwoMoreMembersAsync(World.A);
        await History.MeetingAsync(World.A, ChinaTime(2026, 2, 10, 9, 0), present: 2);

        Assert.Equal(("Met", 1, 1), Numbers(Rule(await ComplianceAsync(2026, 1), "R3")));
    }

    [Fact]
    public async Task ExtraordinaryMeeting_DoesNotMeetR3()
    {
        await History.MeetingAsync(World.A, ChinaTime(2026, 2, 10, 9, 0), PresidiumMeetingKind.Extraordinary);

        var r3 = Rule(await ComplianceAsync(2026, 1), "R3");

        Assert.Equal(("Breached", 0, 1), Numbers(r3));
        Assert.Equal("临时会议不计入例会", Assert.Single(r3.GetProperty("offenders").EnumerateArray()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task MeetingOfAnotherTownship_DoesNotCount()
    {
        await History.MeetingAsync(World.B, ChinaTime(2026, 2, 10, 9, 0));

        Assert.Equal("Breached", Status(Rule(await ComplianceAsync(2026, 1), "R3")));
        Assert.Equal("Met", Status(Rule(await ComplianceAsync(2026, 1, World.B.Township.Id), "R3")));
    }

    [Fact]
    public async Task GroupWhoseOnlyActivityNoMemberAttended_IsIdle()
    {
        // The group is deputies 0-3; deputy 4 is of the township but not of the group.
        await History.GroupActivityAsync(World.A, new DateOnly(2026, 2, 1), World.A.Deputies[4]);

        var r4 = Rule(await ComplianceAsync(2026, 1), "R4");

        Assert.Equal(("Breached", 0, 1), Numbers(r4));
        var offender = Assert.Single(r4.GetProperty("offenders").EnumerateArray());
        Assert.Equal(World.A.Group.Id, offender.GetProperty("id").GetGuid());
        Assert.Equal("group", offender.GetProperty("kind").GetString());
        Assert.Equal("本季度计入的活动0次，应不少于1次（另有1次活动无本组代表出席，不计入）", offender.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task GroupActivityAttendedByAMember_MakesTheGroupActive_InTheQuarterItStarted()
    {
        await History.GroupActivityAsync(World.A, new DateOnly(2026, 3, 31), World.A.Deputies[2], World.A.Deputies[4]);

        Assert.Equal(("Met", 1, 1), Numbers(Rule(await ComplianceAsync(2026, 1), "R4")));
        var q2 = Rule(await ComplianceAsync(2026, 2), "R4");
        Assert.Equal(("Pending", 0, 1), Numbers(q2));
        Assert.Equal("本季度没有活动", Assert.Single(q2.GetProperty("offenders").EnumerateArray()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task R7_ListsDeputiesWithoutAContact_AndThoseWithFewerThanTenConstituents()
    {
        var (full, few, silent) = (World.A.Deputies[0], World.A.Deputies[1], World.A.Deputies[2]);
        await AssignConstituentsAsync(full, 4); // 6 in the baseline + 4 = 10
        await History.ContactAsync(full, new DateOnly(2026, 3, 31));
        await History.ContactAsync(few, new DateOnly(2026, 1, 1));
        await History.ContactAsync(silent, new DateOnly(2026, 4, 1)); // the next quarter

        var r7 = Rule(await ComplianceAsync(2026, 1), "R7");

        Assert.Equal(("Breached", 1, 6), Numbers(r7));
        Assert.Equal(6, r7.GetProperty("required").GetInt32());
        var reasons = r7.GetProperty("offenders").EnumerateArray()
            .ToDictionary(o => o.GetProperty("id").GetGuid(), o => o.GetProperty("reason").GetString());
        Assert.Equal(5, reasons.Count);
        Assert.DoesNotContain(full.Id, reasons.Keys);
        Assert.Equal("固定联系选民6名，应不少于10名", reasons[few.Id]);
        Assert.Equal("本季度未联系选民；固定联系选民0名，应不少于10名", reasons[silent.Id]);
        Assert.Equal(silent.Name, r7.GetProperty("offenders").EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == silent.Id).GetProperty("name").GetString());
    }

    [Fact]
    public async Task R2_SessionClosedInTheQuarter_WithAProposalAssignedLate_IsBreached()
    {
        var session = await History.SessionAsync(World.A, 2, new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 12));
        await History.SessionProposalAsync(World.A, session, new DateOnly(2026, 3, 12), "关于整治河道的建议");
        var late = await History.SessionProposalAsync(World.A, session, new DateOnly(2026, 3, 13), "关于修缮村道的建议");

        var q1 = Rule(await ComplianceAsync(2026, 1), "R2");
        var q2 = Rule(await ComplianceAsync(2026, 2), "R2");

        Assert.Equal(("Breached", 1, 2), Numbers(q1));
        Assert.Equal("2026-03-12", q1.GetProperty("dueBy").GetString());
        var offender = Assert.Single(q1.GetProperty("offenders").EnumerateArray());
        Assert.Equal($"{late} 关于修缮村道的建议", offender.GetProperty("name").GetString());
        Assert.Equal("应于2026-03-12前交办，2026-03-13才交办", offender.GetProperty("reason").GetString());
        Assert.Equal(("Met", 0, 0), Numbers(q2));
        Assert.Contains("没有闭幕", q2.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R2_ProposalStillUnassignedWithinTheMonth_IsPending()
    {
        var session = await History.SessionAsync(World.A, 2, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 2));
        await History.SessionProposalAsync(World.A, session, null);

        var r2 = Rule(await ComplianceAsync(2026, 2), "R2");

        Assert.Equal(("Pending", 0, 1), Numbers(r2));
        Assert.Equal("2026-07-02", r2.GetProperty("dueBy").GetString());
        Assert.Equal("尚未交办（期限2026-07-02）", Assert.Single(r2.GetProperty("offenders").EnumerateArray()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task R6_OneSessionOpenedInApril_IsBreachedForTheFirstSession_AndPendingForTheSecond()
    {
        await History.SessionAsync(World.A, 2, new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 11));

        var r6 = YearRule(await ComplianceAsync(2026, 2));

        Assert.Equal(("Breached", 1, 1), Numbers(r6));
        Assert.Equal(2, r6.GetProperty("required").GetInt32());
        Assert.Equal("2026-12-31", r6.GetProperty("dueBy").GetString());
        var offenders = r6.GetProperty("offenders").EnumerateArray().ToDictionary(o => o.GetProperty("kind").GetString()!, o => o.GetProperty("reason").GetString());
        Assert.Equal("应于2026-03-31前召开，第二次会议于2026-04-10才开幕", offenders["firstSession"]);
        Assert.Equal("已召开1次，全年应不少于2次（年内尚可召开）", offenders["year"]);
    }

    [Fact]
    public async Task R6_TwoSessionsTheFirstByMarch_IsMet()
    {
        await History.SessionAsync(World.A, 2, new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 21));
        await History.SessionAsync(World.A, 3, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 2));

        var r6 = YearRule(await ComplianceAsync(2026, 2));

        Assert.Equal(("Met", 2, 2), Numbers(r6));
        Assert.Empty(r6.GetProperty("offenders").EnumerateArray());
    }

    [Fact]
    public async Task ChangedSetting_ChangesTheAnswer()
    {
        await History.MeetingAsync(World.A, ChinaTime(2026, 2, 10, 9, 0));
        Assert.Equal("Met", Status(Rule(await ComplianceAsync(2026, 1), "R3")));

        var changed = await (await As("admin")).SendJsonAsync(
            HttpMethod.Put, $"/api/v1/townships/{World.A.Township.Id}/settings", SettingsBody(regularMeetingsPerQuarter: 2), "\"0\"");
        await changed.ShouldBe(HttpStatusCode.OK);

        var after = await ComplianceAsync(2026, 1);
        var r3 = Rule(after, "R3");
        Assert.Equal(("Breached", 1, 1), Numbers(r3));
        Assert.Equal(2, r3.GetProperty("required").GetInt32());
        Assert.Equal("每季度至少召开2次有法定人数的主席团例会", r3.GetProperty("title").GetString());
        Assert.Equal(2, after.GetProperty("settings").GetProperty("compliance").GetProperty("regularMeetingsPerQuarter").GetInt32());

        // The other township keeps the default of one meeting.
        Assert.Equal(1, Rule(await ComplianceAsync(2026, 1, World.B.Township.Id), "R3").GetProperty("required").GetInt32());
    }

    [Fact]
    public async Task Answer_NamesTheTownshipAndPeriod_AndListsTheQuarterRulesAndTheYearRule()
    {
        var json = await ComplianceAsync(2026, 1);

        Assert.Equal(World.A.Township.Id, json.GetProperty("townshipId").GetGuid());
        Assert.Equal("茶亭镇", json.GetProperty("townshipName").GetString());
        Assert.Equal((2026, 1), (json.GetProperty("year").GetInt32(), json.GetProperty("quarter").GetInt32()));
        Assert.Equal("2026年第1季度", json.GetProperty("quarterName").GetString());
        Assert.Equal(["R1", "R2", "R3", "R4", "R7"], json.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("rule").GetString()));
        Assert.Equal(["R6"], json.GetProperty("yearRules").EnumerateArray().Select(r => r.GetProperty("rule").GetString()));
        Assert.Equal(1, json.GetProperty("settings").GetProperty("sessionAssignmentMonths").GetInt32());
        Assert.Equal(10, json.GetProperty("settings").GetProperty("compliance").GetProperty("minimumConstituentsPerDeputy").GetInt32());
    }

    [Fact]
    public async Task WithoutYearAndQuarter_AnswersTheCurrentQuarter()
    {
        var response = await (await As("secretary.a")).GetAsync(UrlA);

        await response.ShouldBe(HttpStatusCode.OK);
        var answer = await response.JsonAsync();
        Assert.Equal((2026, 2), (answer.GetProperty("year").GetInt32(), answer.GetProperty("quarter").GetInt32()));
    }

    [Theory]
    [InlineData("year=1999&quarter=1", "year")]
    [InlineData("year=2101&quarter=1", "year")]
    [InlineData("year=2026&quarter=0", "quarter")]
    [InlineData("year=2026&quarter=5", "quarter")]
    public async Task PeriodOutOfRange_IsRefusedWithTheField(string query, string field)
    {
        var response = await (await As("secretary.a")).GetAsync($"{UrlA}?{query}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"{field}:Range", await response.FieldRulesAsync());
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("county", HttpStatusCode.OK)]
    [InlineData("secretary.a", HttpStatusCode.OK)]
    [InlineData("presidium.a", HttpStatusCode.OK)]
    [InlineData("secretary.b", HttpStatusCode.NotFound)]
    [InlineData("presidium.b", HttpStatusCode.NotFound)]
    [InlineData("deputy.a", HttpStatusCode.Forbidden)]
    [InlineData("unit.a", HttpStatusCode.Forbidden)]
    public async Task Compliance_IsReadByThoseWhoOverseeTheTownship(string user, HttpStatusCode expected)
    {
        await (await (await As(user)).GetAsync($"{UrlA}?year=2026&quarter=1")).ShouldBe(expected);
        await (await (await As(user)).GetAsync($"{UrlA}.xlsx?year=2026&quarter=1")).ShouldBe(expected);
    }

    [Fact]
    public async Task Compliance_WithoutSigningIn_IsUnauthorized()
    {
        using var anonymous = Portal.CreateClient();

        await (await anonymous.GetAsync($"{UrlA}?year=2026&quarter=1")).ShouldBe(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"{UrlA}.xlsx?year=2026&quarter=1")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownTownship_IsNotFound() =>
        await (await (await As("admin")).GetAsync($"/api/v1/townships/{Guid.NewGuid()}/compliance?year=2026&quarter=1")).ShouldBe(HttpStatusCode.NotFound);

    internal static JsonElement Rule(JsonElement answer, string rule) =>
        answer.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == rule);

    internal static DateTimeOffset ChinaTime(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static JsonElement YearRule(JsonElement answer) => Assert.Single(answer.GetProperty("yearRules").EnumerateArray());

    private static string? Status(JsonElement rule) => rule.GetProperty("status").GetString();

    private static (string?, int, int) Numbers(JsonElement rule) =>
        (Status(rule), rule.GetProperty("counted").GetInt32(), rule.GetProperty("total").GetInt32());

    private static object SettingsBody(int regularMeetingsPerQuarter) => new
    {
        motionMinimumSigners = 5,
        handlingMonths = 3,
        complexHandlingMonths = 6,
        sessionAssignmentMonths = 1,
        coUnitInputMonths = 1,
        returnWindowDays = 10,
        evaluationWorkingDays = 20,
        rehandlingMonths = 1,
        yellowWarningDays = 30,
        redWarningDays = 7,
        proposalCategories = new[] { "经济发展", "城乡建设", "农业农村", "其他" },
        compliance = new
        {
            regularMeetingsPerQuarter,
            quorumNumerator = 2,
            quorumDenominator = 3,
            passingNumerator = 1,
            passingDenominator = 2,
            groupActivitiesPerQuarter = 1,
            contactsPerDeputyPerQuarter = 1,
            minimumConstituentsPerDeputy = 10,
            sessionsPerYear = 2,
            firstSessionDueMonth = 3,
            newTermFirstSessionMonths = 2,
        },
    };

    /// <summary>Township A's compliance as its secretary reads it, or another township's as county staff read it.</summary>
    private async Task<JsonElement> ComplianceAsync(int year, int quarter, Guid? townshipId = null)
    {
        var id = townshipId ?? World.A.Township.Id;
        var response = await (await As(townshipId is null ? "secretary.a" : "county")).GetAsync(
            string.Create(CultureInfo.InvariantCulture, $"/api/v1/townships/{id}/compliance?year={year}&quarter={quarter}"));
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    private async Task AssignConstituentsAsync(DeputyPortal.Domain.Deputies.Deputy deputy, int count)
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Deputies.SingleAsync(d => d.Id == deputy.Id);
        db.Constituents.AddRange(Enumerable.Range(1, count).Select(i =>
            Constituent.AssignTo(stored, $"新增选民{i}", ConstituentKind.Voter, "茶亭村", null, null)));
        await db.SaveChangesAsync();
    }
}
