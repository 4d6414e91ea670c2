using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

public sealed class ProposalReplyTests(PortalFactory portal) : PortalTest(portal)
{
    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Reply_ClassAByLeadUnit_IsRepliedWithATwentyWorkingDayEvaluationWindow()
    {
        var replied = await Flow.RepliedAsync("A");

        // 20 working days after Monday 2026-06-15: 16–18 June (3); 19–21 June is 端午节 (holiday Fri–Sun, no 调休);
        // 22–26 June (8); 29 June–3 July (13); 6–10 July (18); Mon 13 July (19); Tue 14 July (20).
        var json = replied.Json;
        Assert.Equal("Replied", replied.Status);
        Assert.Equal("2026-07-14", json.GetProperty("evaluationDueOn").GetString());
        Assert.Equal("2026-06-15", json.GetProperty("lastRepliedOn").GetString());
        Assert.Equal("A", json.GetProperty("lastReplyClass").GetString());
        var reply = Assert.Single(json.GetProperty("replies").EnumerateArray());
        Assert.Equal(World.A.Units[0].Id, reply.GetProperty("handlingUnitId").GetGuid());
        Assert.Equal("王主任", reply.GetProperty("signedBy").GetString());
        Assert.Equal(1, reply.GetProperty("round").GetInt32());
        Assert.True(reply.GetProperty("onTime").GetBoolean());
        Assert.Equal(JsonValueKindNull, reply.GetProperty("committedCompletionOn").ValueKind);
        var step = json.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("Replied", step.GetProperty("action").GetString());
        Assert.Contains("王主任", step.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("B")]
    [InlineData("C")]
    public async Task Reply_ClassBOrC_CarriesItsCommittedCompletionDate(string resultClass)
    {
        var replied = await Flow.RepliedAsync(resultClass);

        var reply = Assert.Single(replied.Json.GetProperty("replies").EnumerateArray());
        Assert.Equal(ProposalFlow.CommittedCompletionOn, reply.GetProperty("committedCompletionOn").GetString());
        Assert.Equal(resultClass, reply.GetProperty("resultClass").GetString());
    }

    [Fact]
    public async Task Reply_ClassD_CarriesItsExplanation()
    {
        var replied = await Flow.RepliedAsync("D");

        var reply = Assert.Single(replied.Json.GetProperty("replies").EnumerateArray());
        Assert.Contains("资金条件限制", reply.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Reply_ClassBWithoutCommittedDate_IsRefusedNamingTheField_AndNothingWritten()
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync("unit.a", assigned, "reply", new { resultClass = "B", text = "正在协调资金。", signedBy = "王主任" });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["committedCompletionOn:CommittedDateForClassBAndC"], await response.FieldRulesAsync());
        await AssertStillAssignedWithoutReplyAsync(assigned);
    }

    [Fact]
    public async Task Reply_ClassAWithCommittedDate_IsRefusedNamingTheField()
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync("unit.a", assigned, "reply", new
        {
            resultClass = "A", text = "已解决。", signedBy = "王主任", committedCompletionOn = ProposalFlow.CommittedCompletionOn,
        });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["committedCompletionOn:CommittedDateForClassBAndC"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Reply_CommittedDateNotAfterToday_IsRefusedNamingTheField()
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync("unit.a", assigned, "reply", new
        {
            resultClass = "C", text = "列入明年计划。", signedBy = "王主任", committedCompletionOn = "2026-06-15",
        });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["committedCompletionOn:CommittedDateInFuture"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Reply_ClassDWithoutExplanation_IsRefusedNamingTheField_AndNothingWritten()
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync("unit.a", assigned, "reply", new { resultClass = "D", text = "暂时无法解决。", signedBy = "王主任" });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["explanation:ExplanationForClassD"], await response.FieldRulesAsync());
        await AssertStillAssignedWithoutReplyAsync(assigned);
    }

    [Theory]
    [InlineData(0, "text:Required")]
    [InlineData(20_000, "text:MaxLength")]
    public async Task Reply_EmptyOrOverlongText_IsRefusedNamingTheField_AndNothingWritten(int length, string fieldRule)
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync("unit.a", assigned, "reply", ProposalFlow.Reply("A", new string('答', length)));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([fieldRule], await response.FieldRulesAsync());
        await AssertStillAssignedWithoutReplyAsync(assigned);
    }

    [Fact]
    public async Task Reply_WithoutSigner_IsRefusedNamingTheField()
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync("unit.a", assigned, "reply", new { resultClass = "A", text = "已解决。", signedBy = " " });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["signedBy:Required"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Reply_ByAPresidiumMember_IsForbidden()
    {
        // The secretary may record a unit's paper reply on its behalf (补录, ProposalOnBehalfTests); nobody else replies.
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync("presidium.a", assigned, "reply", ProposalFlow.Reply());

        await response.ShouldBe(HttpStatusCode.Forbidden);
        await AssertStillAssignedWithoutReplyAsync(assigned);
    }

    [Fact]
    public async Task Reply_ByCoUnitOfficer_IsForbiddenNamingTheRule()
    {
        var assigned = await Flow.AssignedAsync(withCoUnit: true);
        var coUnitOfficer = await Flow.CoUnitOfficerAsync();

        var response = await Flow.TryAsync(coUnitOfficer, assigned, "reply", ProposalFlow.Reply());

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal("OnlyLeadUnitReplies", await response.RuleAsync());
        await AssertStillAssignedWithoutReplyAsync(assigned);
    }

    [Fact]
    public async Task Reply_ByUnitOfAnotherTownship_IsNotFound()
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync("unit.b", assigned, "reply", ProposalFlow.Reply());

        await response.ShouldBe(HttpStatusCode.NotFound);
        await AssertStillAssignedWithoutReplyAsync(assigned);
    }

    [Fact]
    public async Task Reply_OnRejectedProposal_IsNotFoundForTheUnit_AndNothingWritten()
    {
        // A rejected proposal was never assigned, so no unit sees it: the unit is told it does not exist.
        var rejected = await Flow.ActAsync("secretary.a", await Flow.SubmittedAsync(), "reject", new { reason = "不属于本级人大职权范围。" });

        var response = await Flow.TryAsync("unit.a", rejected, "reply", ProposalFlow.Reply());

        await response.ShouldBe(HttpStatusCode.NotFound);
        var after = await Flow.GetAsync(rejected.Id);
        Assert.Equal("Rejected", after.Status);
        Assert.Empty(after.Json.GetProperty("replies").EnumerateArray());
        Assert.Equal(rejected.ETag, after.ETag);
    }

    [Fact]
    public async Task Reply_Twice_IsConflictNamingTheCurrentState()
    {
        var replied = await Flow.RepliedAsync();

        var response = await Flow.TryAsync("unit.a", replied, "reply", ProposalFlow.Reply("B"));

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("ReplyWhileHandling", await response.RuleAsync());
        Assert.Contains("已答复", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Single((await Flow.GetAsync(replied.Id)).Json.GetProperty("replies").EnumerateArray());
    }

    [Fact]
    public async Task Reply_BeforeAssignment_IsNotFoundForTheUnit()
    {
        var registered = await Flow.RegisteredAsync();

        await (await Flow.TryAsync("unit.a", registered, "reply", ProposalFlow.Reply())).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reply_WithStaleETag_IsPreconditionFailed()
    {
        var assigned = await Flow.AssignedAsync();
        await Flow.ActAsync("unit.a", assigned, "reply", ProposalFlow.Reply());

        var response = await Flow.TryAsync("unit.a", assigned, "reply", ProposalFlow.Reply("C"));

        await response.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Single((await Flow.GetAsync(assigned.Id)).Json.GetProperty("replies").EnumerateArray());
    }

    [Fact]
    public async Task TwoConcurrentReplies_WithTheSameETag_OneWinsTheOtherIsPreconditionFailed_NothingLostNorDoubled()
    {
        var assigned = await Flow.AssignedAsync();

        var responses = await Task.WhenAll(
            Flow.TryAsync("unit.a", assigned, "reply", ProposalFlow.Reply("A", "第一份答复：已解决。")),
            Flow.TryAsync("unit.a", assigned, "reply", ProposalFlow.Reply("C", "第二份答复：列入计划。")));

        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], statuses);
        var winner = await ProposalHandle.FromAsync(responses.Single(r => r.StatusCode == HttpStatusCode.OK));
        var stored = await Flow.GetAsync(assigned.Id);
        var reply = Assert.Single(stored.Json.GetProperty("replies").EnumerateArray());
        Assert.Equal(winner.Json.GetProperty("replies")[0].GetProperty("text").GetString(), reply.GetProperty("text").GetString());
        Assert.Equal(winner.Json.GetProperty("lastReplyClass").GetString(), stored.Json.GetProperty("lastReplyClass").GetString());
        Assert.Single(stored.Json.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("action").GetString() == "Replied");
        Assert.Equal(winner.ETag, stored.ETag);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private async Task AssertStillAssignedWithoutReplyAsync(ProposalHandle assigned)
    {
        var after = await Flow.GetAsync(assigned.Id);
        Assert.Equal("Assigned", after.Status);
        Assert.Empty(after.Json.GetProperty("replies").EnumerateArray());
        Assert.Equal(assigned.ETag, after.ETag);
    }
}
