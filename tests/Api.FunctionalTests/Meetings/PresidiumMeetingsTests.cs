using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Meetings;
using static DeputyPortal.Api.FunctionalTests.Meetings.Presidium;

namespace DeputyPortal.Api.FunctionalTests.Meetings;

public sealed class PresidiumMeetingsTests(PortalFactory portal) : PortalTest(portal)
{
    private async Task<(HttpClient Secretary, IReadOnlyList<Guid> Members)> PresidiumAAsync(int size)
    {
        var secretary = await As("secretary.a");
        return (secretary, await OfSizeAsync(secretary, World.A, size));
    }

    private static JsonElement[] Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private async Task<int> CountAsync(string query = "")
    {
        var county = await As("county");
        return (await (await county.GetAsync($"{MeetingsUrl}{query}")).JsonAsync()).GetProperty("totalCount").GetInt32();
    }

    [Fact]
    public async Task Record_WithTwoThirdsOfNineMembersPresent_HasQuorumAndShowsAttendance()
    {
        var (secretary, members) = await PresidiumAAsync(9);

        var (meeting, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members.Take(6)));

        Assert.Equal(9, meeting.GetProperty("memberCount").GetInt32());
        Assert.Equal(6, meeting.GetProperty("presentCount").GetInt32());
        Assert.Equal(6, meeting.GetProperty("quorumRequired").GetInt32());
        Assert.True(meeting.GetProperty("hasQuorum").GetBoolean());
        Assert.True(meeting.GetProperty("countsForRegularMeetingRule").GetBoolean());
        Assert.Equal(5, meeting.GetProperty("majorityRequired").GetInt32());
        Assert.Equal("2026-03-10", meeting.GetProperty("heldOn").GetString());
        var attendance = meeting.GetProperty("attendance").EnumerateArray().ToList();
        Assert.Equal(9, attendance.Count);
        Assert.Equal(6, attendance.Count(a => a.GetProperty("attendance").GetString() == "Present"));
        Assert.Equal(3, attendance.Count(a => a.GetProperty("attendance").GetString() == "Absent"));
        var chair = Assert.Single(attendance, a => a.GetProperty("presidiumMemberId").GetGuid() == World.A.Chair.Id);
        Assert.Equal("Chair", chair.GetProperty("post").GetString());
        Assert.Equal(World.A.Deputies[5].Name, chair.GetProperty("deputyName").GetString());
        Assert.Equal(["研究一季度代表活动安排", "听取代表建议办理情况汇报"], meeting.GetProperty("agenda").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Record_WithFewerThanTwoThirdsPresent_HasNoQuorumAndDoesNotCount()
    {
        var (secretary, members) = await PresidiumAAsync(9);

        var (meeting, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members.Take(5)));

        Assert.Equal(5, meeting.GetProperty("presentCount").GetInt32());
        Assert.Equal(6, meeting.GetProperty("quorumRequired").GetInt32());
        Assert.False(meeting.GetProperty("hasQuorum").GetBoolean());
        Assert.False(meeting.GetProperty("countsForRegularMeetingRule").GetBoolean());
    }

    [Fact]
    public async Task Decision_WithMajorityOfThosePresentButNotOfAllMembers_DoesNotPass()
    {
        var (secretary, members) = await PresidiumAAsync(9);

        var (meeting, _) = await RecordOkAsync(secretary, Meeting(
            World.A.Term.Id, members.Take(6), decisions: [Decision(4, 2, text: "四票赞成两票反对"), Decision(5, 1, text: "五票赞成一票反对")]));

        var decisions = meeting.GetProperty("decisions").EnumerateArray().ToList();
        Assert.Equal("四票赞成两票反对", decisions[0].GetProperty("text").GetString());
        Assert.Equal(4, decisions[0].GetProperty("votesFor").GetInt32());
        Assert.Equal(2, decisions[0].GetProperty("votesAgainst").GetInt32());
        Assert.False(decisions[0].GetProperty("passed").GetBoolean());
        Assert.True(decisions[1].GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task Decision_AtMeetingWithoutQuorum_DoesNotPass()
    {
        var (secretary, members) = await PresidiumAAsync(9);

        var (meeting, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members.Take(5), decisions: Decision(5)));

        Assert.False(meeting.GetProperty("hasQuorum").GetBoolean());
        Assert.False(Assert.Single(meeting.GetProperty("decisions").EnumerateArray()).GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task Record_ExtraordinaryMeetingWithQuorum_DoesNotCountForRegularMeetingRule()
    {
        var (secretary, members) = await PresidiumAAsync(5);

        var (meeting, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members, kind: "Extraordinary"));

        Assert.Equal("Extraordinary", meeting.GetProperty("kind").GetString());
        Assert.True(meeting.GetProperty("hasQuorum").GetBoolean());
        Assert.False(meeting.GetProperty("countsForRegularMeetingRule").GetBoolean());
    }

    [Theory]
    [InlineData("2026-03-31T23:30:00+08:00", "2026-03-31")]
    [InlineData("2026-03-31T16:10:00Z", "2026-04-01")]
    public async Task Record_HeldOnIsTheDateInShanghai(string heldAt, string heldOn)
    {
        var (secretary, members) = await PresidiumAAsync(3);

        var (meeting, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members, heldAt));

        Assert.Equal(heldOn, meeting.GetProperty("heldOn").GetString());
        Assert.Equal(DateTimeOffset.Parse(heldAt, System.Globalization.CultureInfo.InvariantCulture), meeting.GetProperty("heldAt").GetDateTimeOffset());
        var list = await (await secretary.GetAsync($"{MeetingsUrl}?from={heldOn}&to={heldOn}")).JsonAsync();
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Record_AttendanceOfMemberOfAnotherTownship_IsRefusedAndWritesNothing()
    {
        var (secretary, members) = await PresidiumAAsync(3);

        var response = await RecordAsync(secretary, Meeting(World.A.Term.Id, [.. members, World.B.Chair.Id]));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["attendance:AttendeeIsServingPresidiumMember"], await response.FieldRulesAsync());
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Record_AttendanceOfDeputyWhoIsNotAPresidiumMember_IsRefused()
    {
        var (secretary, members) = await PresidiumAAsync(3);

        var response = await RecordAsync(secretary, Meeting(World.A.Term.Id, [.. members, World.A.Deputies[4].Id]));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["attendance:AttendeeIsServingPresidiumMember"], await response.FieldRulesAsync());
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Record_MemberWhoLeftBeforeTheMeeting_IsNotCountedAndCannotAttend()
    {
        var (secretary, members) = await PresidiumAAsync(5);
        await EndPostAsync(secretary, members[4], "2026-01-31");

        var (meeting, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members.Take(3)));
        var withLeaver = await RecordAsync(secretary, Meeting(World.A.Term.Id, members.Take(3).Append(members[4])));

        Assert.Equal(4, meeting.GetProperty("memberCount").GetInt32());
        Assert.Equal(3, meeting.GetProperty("quorumRequired").GetInt32());
        Assert.True(meeting.GetProperty("hasQuorum").GetBoolean());
        Assert.DoesNotContain(meeting.GetProperty("attendance").EnumerateArray(), a => a.GetProperty("presidiumMemberId").GetGuid() == members[4]);
        await withLeaver.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["attendance:AttendeeIsServingPresidiumMember"], await withLeaver.FieldRulesAsync());
    }

    [Fact]
    public async Task Record_InvitedDeputyOfAnotherTownship_IsRefused()
    {
        var (secretary, members) = await PresidiumAAsync(3);
        var body = Meeting(World.A.Term.Id, members);
        body["invitedDeputyIds"] = new JsonArray(World.B.Deputies[0].Id);

        var response = await RecordAsync(secretary, body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["invitedDeputyIds:InvitedIsDeputyOfTerm"], await response.FieldRulesAsync());
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Record_InvitedDeputiesOfTheTownship_AreShownByName()
    {
        var (secretary, members) = await PresidiumAAsync(3);
        var body = Meeting(World.A.Term.Id, members);
        body["invitedDeputyIds"] = new JsonArray(World.A.Deputies[3].Id, World.A.Deputies[4].Id);

        var (meeting, _) = await RecordOkAsync(secretary, body);

        Assert.Equal(
            [World.A.Deputies[3].Name, World.A.Deputies[4].Name],
            meeting.GetProperty("invitedDeputies").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Record_VotesAddingUpToMoreThanThosePresent_IsRefused()
    {
        var (secretary, members) = await PresidiumAAsync(9);

        var response = await RecordAsync(secretary, Meeting(World.A.Term.Id, members.Take(6), decisions: Decision(5, 1, 1)));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["decisions:VotesWithinPresent"], await response.FieldRulesAsync());
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Record_MeetingInTheFuture_IsRefused()
    {
        var (secretary, members) = await PresidiumAAsync(3);

        var response = await RecordAsync(secretary, Meeting(World.A.Term.Id, members, "2026-06-15T10:30:00+08:00"));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["heldAt:MeetingHasTakenPlace"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Record_WithMissingAndInvalidFields_NamesEachFieldAndRule()
    {
        var secretary = await As("secretary.a");

        var response = await secretary.SendJsonAsync(HttpMethod.Post, MeetingsUrl, new
        {
            termId = World.A.Term.Id,
            heldAt = "2026-03-10T09:00:00+08:00",
            place = new string('地', PresidiumMeeting.PlaceMaxLength + 1),
            agenda = new[] { "" },
            attendance = new[] { new { presidiumMemberId = World.A.Chair.Id } },
            decisions = new[] { new { text = "", votesFor = 1, votesAgainst = 0, abstentions = 0 } },
        });
        var withoutVotes = await secretary.SendJsonAsync(HttpMethod.Post, MeetingsUrl, new
        {
            termId = World.A.Term.Id,
            heldAt = "2026-03-10T09:00:00+08:00",
            kind = "Regular",
            decisions = new[] { new { text = "同意", votesFor = 3 } },
        });

        await withoutVotes.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("decisions[0].votesAgainst:Required", await withoutVotes.FieldRulesAsync());
        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("kind:Required", rules);
        Assert.Contains("place:MaxLength", rules);
        Assert.Contains(rules, r => r.StartsWith("agenda", StringComparison.Ordinal) && r.EndsWith(":Required", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.StartsWith("attendance", StringComparison.Ordinal) && r.EndsWith(":Required", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.StartsWith("decisions", StringComparison.Ordinal) && r.EndsWith(":Required", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Record_WithoutAgenda_NamesTheDomainRule()
    {
        var (secretary, members) = await PresidiumAAsync(3);
        var body = Meeting(World.A.Term.Id, members);
        body["agenda"] = new JsonArray();

        var response = await RecordAsync(secretary, body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["agenda:MeetingHasAgenda"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Record_OnLeaveWithoutReason_IsRefused()
    {
        var (secretary, members) = await PresidiumAAsync(3);
        var body = Meeting(World.A.Term.Id, members.Take(2));
        ((JsonArray)body["attendance"]!).Add(new JsonObject { ["presidiumMemberId"] = members[2], ["attendance"] = "OnLeave" });

        var response = await RecordAsync(secretary, body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["attendance:LeaveHasReason"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Record_ChangedQuorumSetting_AppliesToMeetingsRecordedAfterIt()
    {
        var (secretary, members) = await PresidiumAAsync(9);
        var (before, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members.Take(6), "2026-02-10T09:00:00+08:00"));

        var admin = await As("admin");
        var settingsUrl = $"/api/v1/townships/{World.A.Township.Id}/settings";
        var current = await admin.GetAsync(settingsUrl);
        var settings = JsonNode.Parse(await current.Content.ReadAsStringAsync())!.AsObject();
        settings["compliance"]!["quorumNumerator"] = 3;
        settings["compliance"]!["quorumDenominator"] = 4;
        await (await admin.SendJsonAsync(HttpMethod.Put, settingsUrl, settings, current.ETag())).ShouldBe(HttpStatusCode.OK);

        var (after, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members.Take(6), "2026-03-10T09:00:00+08:00"));

        Assert.Equal(7, after.GetProperty("quorumRequired").GetInt32());
        Assert.False(after.GetProperty("hasQuorum").GetBoolean());
        var kept = await (await secretary.GetAsync($"{MeetingsUrl}/{before.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal(6, kept.GetProperty("quorumRequired").GetInt32());
        Assert.True(kept.GetProperty("hasQuorum").GetBoolean());
    }

    [Fact]
    public async Task Record_AsPresidiumMember_RecordsInOwnTownship()
    {
        var (_, members) = await PresidiumAAsync(3);
        var presidium = await As("presidium.a");

        var response = await RecordAsync(presidium, Meeting(World.A.Term.Id, members));

        await response.ShouldBe(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        Assert.Equal($"{MeetingsUrl}/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        var fetched = await presidium.GetAsync(response.Headers.Location);
        Assert.Equal(response.ETag(), fetched.ETag());
        Assert.Equal(World.A.Township.Id, (await fetched.JsonAsync()).GetProperty("townshipId").GetGuid());
    }

    [Fact]
    public async Task Record_RetriedWithSameIdempotencyKey_RecordsOnce()
    {
        var (secretary, members) = await PresidiumAAsync(3);
        var body = Meeting(World.A.Term.Id, members);

        var first = await RecordAsync(secretary, body, "meeting-1");
        var retry = await RecordAsync(secretary, body, "meeting-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Decision_FollowUp_ShowsUnitAndWhetherOverdue()
    {
        var (secretary, members) = await PresidiumAAsync(3);
        var unit = World.A.Units[0];

        var (meeting, _) = await RecordOkAsync(secretary, Meeting(
            World.A.Term.Id,
            members,
            decisions:
            [
                Decision(3, text: "逾期未落实", followUpDueOn: "2026-05-31", followUpUnitId: unit.Id),
                Decision(3, text: "已落实", followUpDueOn: "2026-05-31", followUpUnitId: unit.Id, followUpCompletedOn: "2026-05-20"),
                Decision(3, text: "尚未到期", followUpDueOn: "2026-06-30", followUpUnitId: unit.Id),
            ]));

        var decisions = meeting.GetProperty("decisions").EnumerateArray().ToList();
        Assert.Equal(unit.Name, decisions[0].GetProperty("followUpUnitName").GetString());
        Assert.Equal([true, false, false], decisions.Select(d => d.GetProperty("followUpOverdue").GetBoolean()));
        Assert.Equal("2026-05-20", decisions[1].GetProperty("followUpCompletedOn").GetString());
    }

    [Fact]
    public async Task Decision_FollowUpUnitOfAnotherTownship_IsRefused()
    {
        var (secretary, members) = await PresidiumAAsync(3);

        var response = await RecordAsync(secretary, Meeting(
            World.A.Term.Id, members, decisions: Decision(3, followUpDueOn: "2026-05-31", followUpUnitId: World.B.Units[0].Id)));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["decisions:FollowUpUnitOfTownship"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Revise_WithCurrentETag_DecidesQuorumAndDecisionsAgain()
    {
        var (secretary, members) = await PresidiumAAsync(9);
        var (meeting, etag) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members.Take(6), decisions: Decision(5, 1)));
        Assert.True(Assert.Single(meeting.GetProperty("decisions").EnumerateArray()).GetProperty("passed").GetBoolean());
        var url = $"{MeetingsUrl}/{meeting.GetProperty("id").GetGuid()}";

        var response = await secretary.SendJsonAsync(HttpMethod.Put, url, Meeting(World.A.Term.Id, members.Take(5), decisions: Decision(5)), etag);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(etag, response.ETag());
        var revised = await (await secretary.GetAsync(url)).JsonAsync();
        Assert.Equal(5, revised.GetProperty("presentCount").GetInt32());
        Assert.False(revised.GetProperty("hasQuorum").GetBoolean());
        Assert.False(Assert.Single(revised.GetProperty("decisions").EnumerateArray()).GetProperty("passed").GetBoolean());
        Assert.Equal(9, revised.GetProperty("attendance").GetArrayLength());
    }

    [Fact]
    public async Task Revise_WithStaleETag_IsPreconditionFailedAndKeepsTheOtherChange()
    {
        var (secretary, members) = await PresidiumAAsync(3);
        var (meeting, etag) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members));
        var url = $"{MeetingsUrl}/{meeting.GetProperty("id").GetGuid()}";
        var first = await secretary.SendJsonAsync(HttpMethod.Put, url, Meeting(World.A.Term.Id, members.Take(2)), etag);
        await first.ShouldBe(HttpStatusCode.OK);

        var stale = await secretary.SendJsonAsync(HttpMethod.Put, url, Meeting(World.A.Term.Id, members.Take(1)), etag);
        var withoutIfMatch = await secretary.SendJsonAsync(HttpMethod.Put, url, Meeting(World.A.Term.Id, members.Take(1)));

        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        await withoutIfMatch.ShouldBe(HttpStatusCode.PreconditionRequired);
        Assert.Equal(2, (await (await secretary.GetAsync(url)).JsonAsync()).GetProperty("presentCount").GetInt32());
    }

    [Fact]
    public async Task Revise_ConcurrentWritersWithSameETag_OneWinsOtherIsPreconditionFailed()
    {
        var (secretary, members) = await PresidiumAAsync(3);
        var (meeting, etag) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members));
        var url = $"{MeetingsUrl}/{meeting.GetProperty("id").GetGuid()}";

        var responses = await Task.WhenAll(
            secretary.SendJsonAsync(HttpMethod.Put, url, Meeting(World.A.Term.Id, members.Take(2)), etag),
            secretary.SendJsonAsync(HttpMethod.Put, url, Meeting(World.A.Term.Id, members.Take(1)), etag));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order().ToArray());
    }

    [Fact]
    public async Task Revise_WithInvalidRecord_IsRefusedAndKeepsTheMeeting()
    {
        var (secretary, members) = await PresidiumAAsync(3);
        var (meeting, etag) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members));
        var url = $"{MeetingsUrl}/{meeting.GetProperty("id").GetGuid()}";

        var response = await secretary.SendJsonAsync(HttpMethod.Put, url, Meeting(World.A.Term.Id, members, decisions: Decision(3, 1)), etag);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var kept = await secretary.GetAsync(url);
        Assert.Equal(etag, kept.ETag());
        Assert.Equal(0, (await kept.JsonAsync()).GetProperty("decisions").GetArrayLength());
    }

    [Fact]
    public async Task List_FiltersByKindDatesAndQuorumAndPages()
    {
        var (secretary, members) = await PresidiumAAsync(3);
        await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members, "2026-01-15T09:00:00+08:00"));
        await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members.Take(1), "2026-02-15T09:00:00+08:00"));
        await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members, "2026-04-15T09:00:00+08:00", kind: "Extraordinary"));
        var secretaryB = await As("secretary.b");
        await RecordOkAsync(secretaryB, Meeting(World.B.Term.Id, await OfSizeAsync(secretaryB, World.B, 3), "2026-01-20T09:00:00+08:00"));
        var county = await As("county");

        async Task<JsonElement> ListAsync(string query) => await (await county.GetAsync($"{MeetingsUrl}?{query}")).JsonAsync();

        Assert.Equal(4, (await ListAsync("")).GetProperty("totalCount").GetInt32());
        Assert.Equal(3, (await ListAsync($"townshipId={World.A.Township.Id}")).GetProperty("totalCount").GetInt32());
        Assert.Equal(3, (await ListAsync($"termId={World.A.Term.Id}&pageSize=1")).GetProperty("totalCount").GetInt32());
        Assert.Equal("2026-04-15", Items(await ListAsync($"termId={World.A.Term.Id}&pageSize=1"))[0].GetProperty("heldOn").GetString());
        Assert.Equal("2026-01-15", Items(await ListAsync($"termId={World.A.Term.Id}&sort=heldAt&pageSize=1"))[0].GetProperty("heldOn").GetString());
        Assert.Equal(1, (await ListAsync("kind=Extraordinary")).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await ListAsync("hasQuorum=false")).GetProperty("totalCount").GetInt32());
        Assert.Equal(3, (await ListAsync("from=2026-01-01&to=2026-03-31")).GetProperty("totalCount").GetInt32());
        var own = await (await secretary.GetAsync(MeetingsUrl)).JsonAsync();
        Assert.Equal(3, own.GetProperty("totalCount").GetInt32());
        Assert.All(Items(own), m => Assert.Equal(World.A.Township.Id, m.GetProperty("townshipId").GetGuid()));
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("sort=minutes", "sort")]
    [InlineData("from=2026-03-01&to=2026-02-01", "to")]
    public async Task List_WithBadQuery_IsRefusedNamingTheField(string queryString, string field)
    {
        var client = await As("county");

        var response = await client.GetAsync($"{MeetingsUrl}?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.StartsWith(field + ":", StringComparison.Ordinal));
    }
}
