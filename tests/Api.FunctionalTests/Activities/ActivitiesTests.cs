using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Activities.ActivityFlow;

namespace DeputyPortal.Api.FunctionalTests.Activities;

public sealed class ActivitiesTests(PortalFactory portal) : PortalTest(portal)
{
    private ActivityFlow Flow => new(Portal);

    [Fact]
    public async Task Record_AsSecretary_ShowsNamesAttendanceAndETag()
    {
        var a = World.A;
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync(ActivitiesRoute, Flow.Body(
            groupId: a.Group.Id,
            unitIds: [a.Units[0].Id, a.Units[1].Id],
            participants: [Present(a.Deputies[0].Id), Absent(a.Deputies[1].Id), OnLeave(a.Deputies[2].Id, " 外出务工 ")]));

        await response.ShouldBe(HttpStatusCode.Created);
        var json = await response.JsonAsync();
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/activities/{id}", response.Headers.Location?.ToString());
        Assert.Equal(("Inspection", true, "2026-05-20", "2026-05-20"), (
            json.GetProperty("kind").GetString(), json.GetProperty("isSupervision").GetBoolean(),
            json.GetProperty("startsOn").GetString(), json.GetProperty("endsOn").GetString()));
        Assert.Equal((a.Township.Id, a.Term.Id), (json.GetProperty("townshipId").GetGuid(), json.GetProperty("termId").GetGuid()));
        Assert.Equal(a.Group.Name, json.GetProperty("organizingGroupName").GetString());
        Assert.Equal(a.Units.Select(u => u.Name), json.GetProperty("subjectUnits").EnumerateArray().Select(u => u.GetProperty("name").GetString()));
        var participants = json.GetProperty("participants").EnumerateArray().ToDictionary(p => p.GetProperty("deputyId").GetGuid());
        Assert.Equal((a.Deputies[0].Name, "Present"), (participants[a.Deputies[0].Id].GetProperty("deputyName").GetString(), participants[a.Deputies[0].Id].GetProperty("attendance").GetString()));
        Assert.Equal("Absent", participants[a.Deputies[1].Id].GetProperty("attendance").GetString());
        Assert.Equal(("OnLeave", "外出务工"), (participants[a.Deputies[2].Id].GetProperty("attendance").GetString(), participants[a.Deputies[2].Id].GetProperty("leaveReason").GetString()));
        Assert.Equal(1, json.GetProperty("presentCount").GetInt32());
        Assert.False(json.GetProperty("isOverdue").GetBoolean());

        var fetched = await client.GetAsync(response.Headers.Location);
        await fetched.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(response.ETag(), fetched.ETag());
        Assert.Equal("视察农村饮水安全工程", (await fetched.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Record_Evaluation_ShowsEachUnitsTallyTotalAndSatisfactionRate()
    {
        var a = World.A;
        var activity = await Flow.RecordAsync(Flow.Body(
            kind: "WorkEvaluation",
            unitIds: [a.Units[0].Id, a.Units[1].Id],
            participants: [Present(a.Deputies[0].Id), Present(a.Deputies[1].Id), Present(a.Deputies[2].Id), Absent(a.Deputies[3].Id)],
            tallies: [Tally(a.Units[0].Id, 2, 1, 0), Tally(a.Units[1].Id, 1, 1, 1)]));

        var tallies = activity.Json.GetProperty("tallies").EnumerateArray().ToDictionary(t => t.GetProperty("handlingUnitId").GetGuid());
        Assert.Equal((a.Units[0].Name, 3, 1m), (tallies[a.Units[0].Id].GetProperty("unitName").GetString(), tallies[a.Units[0].Id].GetProperty("total").GetInt32(), tallies[a.Units[0].Id].GetProperty("satisfactionRate").GetDecimal()));
        Assert.Equal((3, 0.6667m), (tallies[a.Units[1].Id].GetProperty("total").GetInt32(), tallies[a.Units[1].Id].GetProperty("satisfactionRate").GetDecimal()));
        Assert.True(activity.Json.GetProperty("isSupervision").GetBoolean());
    }

    [Fact]
    public async Task Record_ParticipantOfAnotherTownship_IsRefusedAndWritesNothing()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync(ActivitiesRoute, Flow.Body(
            participants: [Present(World.A.Deputies[0].Id), Present(World.B.Deputies[0].Id)]));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["participants:ParticipantIsDeputyOfTerm"], await response.FieldRulesAsync());
        Assert.Equal(0, await Flow.CountAsync());
    }

    [Fact]
    public async Task Record_ParticipantOfAnotherTerm_IsRefusedAndWritesNothing()
    {
        var formerDeputy = await Flow.DeputyOfPreviousTermAsync();

        var response = await (await As("secretary.a")).PostAsJsonAsync(ActivitiesRoute, Flow.Body(participants: [Present(formerDeputy)]));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["participants:ParticipantIsDeputyOfTerm"], await response.FieldRulesAsync());
        Assert.Equal(0, await Flow.CountAsync());
    }

    public static TheoryData<string> RefusedDrafts() =>
    [
        "tallies:TallyWithinPresent",
        "tallies:TallyOnlyForEvaluations",
        "tallies:TalliedUnitIsSubject",
        "participants:LeaveHasReason",
        "participants:ParticipantsAreDistinct",
        "subjectUnitIds:SubjectUnitOfTownship",
        "subjectUnitIds:SubjectUnitsAreDistinct",
        "organizingGroupId:OrganizingGroupOfTerm",
        "startsOn:ActivityHasTakenPlace",
        "startsOn:ActivityWithinTerm",
        "endsOn:ActivityEndsAfterItStarts",
    ];

    [Theory]
    [MemberData(nameof(RefusedDrafts))]
    public async Task Record_BreakingARule_IsRefusedNamingFieldAndRuleAndWritesNothing(string fieldRule)
    {
        var (a, b) = (World.A, World.B);
        var body = fieldRule switch
        {
            "tallies:TallyWithinPresent" => Flow.Body(
                kind: "SatisfactionSurvey",
                participants: [Present(a.Deputies[0].Id), Present(a.Deputies[1].Id), Absent(a.Deputies[2].Id)],
                tallies: [Tally(a.Units[0].Id, 1, 1, 1)]),
            "tallies:TallyOnlyForEvaluations" => Flow.Body(kind: "Research", tallies: [Tally(a.Units[0].Id, 1, 0, 0)]),
            "tallies:TalliedUnitIsSubject" => Flow.Body(kind: "WorkEvaluation", tallies: [Tally(a.Units[1].Id, 1, 0, 0)]),
            "participants:LeaveHasReason" => Flow.Body(participants: [Present(a.Deputies[0].Id), OnLeave(a.Deputies[1].Id, "  ")]),
            "participants:ParticipantsAreDistinct" => Flow.Body(participants: [Present(a.Deputies[0].Id), Absent(a.Deputies[0].Id)]),
            "subjectUnitIds:SubjectUnitOfTownship" => Flow.Body(unitIds: [a.Units[0].Id, b.Units[0].Id]),
            "subjectUnitIds:SubjectUnitsAreDistinct" => Flow.Body(unitIds: [a.Units[0].Id, a.Units[0].Id]),
            "organizingGroupId:OrganizingGroupOfTerm" => Flow.Body(groupId: b.Group.Id),
            "startsOn:ActivityHasTakenPlace" => Flow.Body(startsOn: new DateOnly(2026, 6, 16)),
            "startsOn:ActivityWithinTerm" => Flow.Body(startsOn: new DateOnly(2021, 8, 31)),
            "endsOn:ActivityEndsAfterItStarts" => Flow.Body(endsOn: Day.AddDays(-1)),
            _ => throw new ArgumentOutOfRangeException(nameof(fieldRule)),
        };

        var response = await (await As("secretary.a")).PostAsJsonAsync(ActivitiesRoute, body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([fieldRule], await response.FieldRulesAsync());
        Assert.Equal(0, await Flow.CountAsync());
    }

    [Fact]
    public async Task Record_WithMissingAndOverlongFields_NamesEachFieldAndRule()
    {
        var body = Flow.Body(title: "");
        body["kind"] = null;
        body["place"] = new string('地', 101);
        body["participants"] = new List<object> { new { deputyId = World.A.Deputy.Id } };
        body["tallies"] = new List<object> { Tally(World.A.Units[0].Id, -1, 0, 0) };

        var response = await (await As("secretary.a")).PostAsJsonAsync(ActivitiesRoute, body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("kind:Required", rules);
        Assert.Contains("title:Required", rules);
        Assert.Contains("place:MaxLength", rules);
        Assert.Contains(rules, r => r.StartsWith("participants[0].attendance:Required", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.StartsWith("tallies[0].satisfied:TallyNotNegative", StringComparison.Ordinal));
        Assert.Equal(0, await Flow.CountAsync());
    }

    [Fact]
    public async Task Record_InAnotherTownship_IsNotFoundAndWritesNothing()
    {
        var client = await As("secretary.a");

        var inB = await client.PostAsJsonAsync(ActivitiesRoute, Flow.Body(World.B));
        var termOfB = Flow.Body();
        termOfB["termId"] = World.B.Term.Id;
        var withTermOfB = await client.PostAsJsonAsync(ActivitiesRoute, termOfB);

        await inB.ShouldBe(HttpStatusCode.NotFound);
        await withTermOfB.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(0, await Flow.CountAsync());
    }

    [Fact]
    public async Task Record_RepeatedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("secretary.a");
        var body = Flow.Body();

        var first = await client.SendJsonAsync(HttpMethod.Post, ActivitiesRoute, body, idempotencyKey: "activity-2026-05-20");
        var second = await client.SendJsonAsync(HttpMethod.Post, ActivitiesRoute, body, idempotencyKey: "activity-2026-05-20");

        await first.ShouldBe(HttpStatusCode.Created);
        await second.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await second.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(1, await Flow.CountAsync());
    }

    [Fact]
    public async Task Revise_ReplacesEverythingButRectificationItems()
    {
        var a = World.A;
        var activity = await Flow.AddItemAsync(await Flow.RecordAsync(Flow.Body()), Item(a.Units[0].Id, new DateOnly(2026, 7, 31)));
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(
            HttpMethod.Put,
            activity.Url,
            Flow.Body(
                kind: "SatisfactionSurvey",
                title: "农村饮水满意度测评",
                startsOn: Day.AddDays(-1),
                endsOn: Day,
                groupId: a.Group.Id,
                unitIds: [a.Units[1].Id],
                participants: [Present(a.Deputies[2].Id), Present(a.Deputies[3].Id)],
                tallies: [Tally(a.Units[1].Id, 1, 0, 1)]),
            activity.ETag);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(activity.ETag, response.ETag());
        var json = await (await client.GetAsync(activity.Url)).JsonAsync();
        Assert.Equal(("SatisfactionSurvey", "农村饮水满意度测评", "2026-05-19", "2026-05-20"), (
            json.GetProperty("kind").GetString(), json.GetProperty("title").GetString(),
            json.GetProperty("startsOn").GetString(), json.GetProperty("endsOn").GetString()));
        Assert.Equal([a.Units[1].Id], json.GetProperty("subjectUnits").EnumerateArray().Select(u => u.GetProperty("id").GetGuid()));
        Assert.Equal(new[] { a.Deputies[2].Id, a.Deputies[3].Id }.Order(), json.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("deputyId").GetGuid()).Order());
        Assert.Equal(2, Assert.Single(json.GetProperty("tallies").EnumerateArray()).GetProperty("total").GetInt32());
        Assert.Equal("更换老化管网", Assert.Single(json.GetProperty("rectificationItems").EnumerateArray()).GetProperty("description").GetString());
    }

    [Fact]
    public async Task Revise_WithStaleIfMatch_IsPreconditionFailed()
    {
        var activity = await Flow.RecordAsync(Flow.Body());
        var client = await As("secretary.a");
        var revised = await client.SendJsonAsync(HttpMethod.Put, activity.Url, Flow.Body(title: "第一次修改"), activity.ETag);
        await revised.ShouldBe(HttpStatusCode.OK);

        var stale = await client.SendJsonAsync(HttpMethod.Put, activity.Url, Flow.Body(title: "第二次修改"), activity.ETag);
        var missing = await client.SendJsonAsync(HttpMethod.Put, activity.Url, Flow.Body(title: "第二次修改"));

        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        await missing.ShouldBe(HttpStatusCode.PreconditionRequired);
        Assert.Equal("第一次修改", (await (await client.GetAsync(activity.Url)).JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Revise_ChangingOnlyTheParticipants_IssuesANewETagAndRefusesTheOldOne()
    {
        var activity = await Flow.RecordAsync(Flow.Body());
        var client = await As("secretary.a");
        var onlyParticipants = Flow.Body(participants: [Present(World.A.Deputies[0].Id), Absent(World.A.Deputies[1].Id)]);

        var revised = await client.SendJsonAsync(HttpMethod.Put, activity.Url, onlyParticipants, activity.ETag);
        var stale = await client.SendJsonAsync(HttpMethod.Put, activity.Url, Flow.Body(), activity.ETag);

        await revised.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(activity.ETag, revised.ETag());
        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, (await (await client.GetAsync(activity.Url)).JsonAsync()).GetProperty("presentCount").GetInt32());
    }

    [Fact]
    public async Task Revise_WithParticipantOfAnotherTownship_IsRefusedAndChangesNothing()
    {
        var activity = await Flow.RecordAsync(Flow.Body());
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(
            HttpMethod.Put, activity.Url, Flow.Body(title: "不应保存", participants: [Present(World.B.Deputy.Id)]), activity.ETag);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["participants:ParticipantIsDeputyOfTerm"], await response.FieldRulesAsync());
        var fetched = await client.GetAsync(activity.Url);
        Assert.Equal(activity.ETag, fetched.ETag());
        var json = await fetched.JsonAsync();
        Assert.Equal("视察农村饮水安全工程", json.GetProperty("title").GetString());
        Assert.Equal(2, json.GetProperty("participants").GetArrayLength());
    }

    [Fact]
    public async Task Revise_AnotherTownshipsActivity_IsNotFound()
    {
        var activity = await Flow.RecordAsync(Flow.Body(World.B), "secretary.b");

        var response = await (await As("secretary.a")).SendJsonAsync(HttpMethod.Put, activity.Url, Flow.Body(), activity.ETag);

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_UnknownActivity_IsNotFound()
    {
        var response = await (await As("county")).GetAsync($"{ActivitiesRoute}/{Guid.NewGuid()}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }
}
