using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

public sealed class ProposalEvaluationTests(PortalFactory portal) : PortalTest(portal)
{
    private ProposalFlow Flow => new(Portal);

    [Theory]
    [InlineData("A", "Satisfied")]
    [InlineData("A", "BasicallySatisfied")]
    [InlineData("D", "Satisfied")]
    public async Task Evaluate_SatisfiedAfterClassAOrD_ClosesIt(string resultClass, string rating)
    {
        var replied = await Flow.RepliedAsync(resultClass);

        var evaluated = await Flow.EvaluatedAsync(replied, rating, "答复认真，问题已落实。");

        Assert.Equal("Closed", evaluated.Status);
        Assert.Equal("2026-06-15", evaluated.Json.GetProperty("closedOn").GetString());
        Assert.Equal(rating, evaluated.Json.GetProperty("lastRating").GetString());
        var evaluation = Assert.Single(evaluated.Json.GetProperty("evaluations").EnumerateArray());
        Assert.Equal(rating, evaluation.GetProperty("rating").GetString());
        Assert.False(evaluation.GetProperty("acceptedWithoutRating").GetBoolean());
        Assert.Equal("答复认真，问题已落实。", evaluation.GetProperty("comment").GetString());
        Assert.Equal("Evaluated", evaluated.Json.GetProperty("timeline").EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Fact]
    public async Task Evaluate_BasicallySatisfiedAfterClassB_PutsItUnderFollowUp_UntilTheUnitReportsItSolved()
    {
        var replied = await Flow.RepliedAsync("B");

        var followUp = await Flow.EvaluatedAsync(replied, "BasicallySatisfied");

        Assert.Equal("FollowUp", followUp.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, followUp.Json.GetProperty("closedOn").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, followUp.Json.GetProperty("evaluationDueOn").ValueKind);

        var closed = await Flow.ActAsync("unit.a", followUp, "report-solved", new { evidence = "机耕道已于6月完工，经村民代表验收。" });

        Assert.Equal("Closed", closed.Status);
        Assert.Equal("2026-06-15", closed.Json.GetProperty("solvedOn").GetString());
        Assert.Equal("机耕道已于6月完工，经村民代表验收。", closed.Json.GetProperty("solvedEvidence").GetString());
        Assert.Equal("2026-06-15", closed.Json.GetProperty("closedOn").GetString());
        Assert.Equal("ReportedSolved", closed.Json.GetProperty("timeline").EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Fact]
    public async Task Evaluate_Dissatisfied_SendsItBackForOneRehandling_AndTheSecondRatingIsFinal()
    {
        var replied = await Flow.RepliedAsync("A");

        var rehandling = await Flow.EvaluatedAsync(replied, "Dissatisfied", "问题没有解决。");

        Assert.Equal("Rehandling", rehandling.Status);
        Assert.Equal("2026-07-15", rehandling.Json.GetProperty("dueOn").GetString()); // today + 1 month
        Assert.Equal(2, rehandling.Json.GetProperty("handlingRound").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rehandling.Json.GetProperty("evaluationDueOn").ValueKind);

        var secondReply = await Flow.RepliedAsync("A", rehandling);
        Assert.Equal("Replied", secondReply.Status);
        Assert.Equal([1, 2], secondReply.Json.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("round").GetInt32()));

        var closed = await Flow.EvaluatedAsync(secondReply, "Dissatisfied", "仍不满意。");

        Assert.Equal("Closed", closed.Status);
        Assert.Equal(2, closed.Json.GetProperty("handlingRound").GetInt32());
        Assert.Equal("Dissatisfied", closed.Json.GetProperty("lastRating").GetString());
        Assert.Equal(
            [(1, "Dissatisfied"), (2, "Dissatisfied")],
            closed.Json.GetProperty("evaluations").EnumerateArray().Select(e => (e.GetProperty("round").GetInt32(), e.GetProperty("rating").GetString())));
        var again = await Flow.TryAsync("unit.a", closed, "reply", ProposalFlow.Reply());
        await again.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("ReplyWhileHandling", await again.RuleAsync());
    }

    [Fact]
    public async Task Evaluate_ByCoSigner_IsForbiddenNamingTheRule_AndNothingWritten()
    {
        var replied = await Flow.RepliedAsync("A", await Flow.AssignedAsync(Flow.Motion()));
        Assert.Contains(World.A.OtherDeputy.Id, replied.Json.GetProperty("coSignerDeputyIds").EnumerateArray().Select(d => d.GetGuid()));

        var response = await Flow.TryAsync("deputy2.a", replied, "evaluate", new { rating = "Satisfied" });

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal("OnlyLeadDeputyEvaluates", await response.RuleAsync());
        await AssertStillRepliedWithoutEvaluationAsync(replied);
    }

    [Fact]
    public async Task Evaluate_ByDeputyOfAnotherTownship_IsNotFound()
    {
        var replied = await Flow.RepliedAsync();

        await (await Flow.TryAsync("deputy.b", replied, "evaluate", new { rating = "Satisfied" })).ShouldBe(HttpStatusCode.NotFound);
        await AssertStillRepliedWithoutEvaluationAsync(replied);
    }

    // The secretary records a rating given by phone on the deputy's behalf (补录, ProposalOnBehalfTests).
    [Theory]
    [InlineData("unit.a")]
    [InlineData("presidium.a")]
    public async Task Evaluate_ByAnyoneButADeputyOrTheSecretary_IsForbidden(string user)
    {
        var replied = await Flow.RepliedAsync();

        await (await Flow.TryAsync(user, replied, "evaluate", new { rating = "Satisfied" })).ShouldBe(HttpStatusCode.Forbidden);
        await AssertStillRepliedWithoutEvaluationAsync(replied);
    }

    [Fact]
    public async Task Evaluate_Twice_IsConflictNamingTheCurrentState()
    {
        var closed = await Flow.EvaluatedAsync(await Flow.RepliedAsync(), "Satisfied");

        var response = await Flow.TryAsync("deputy.a", closed, "evaluate", new { rating = "Dissatisfied" });

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("EvaluateAfterReply", await response.RuleAsync());
        Assert.Contains("已办结", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Single((await Flow.GetAsync(closed.Id)).Json.GetProperty("evaluations").EnumerateArray());
    }

    [Fact]
    public async Task Evaluate_BeforeTheReply_IsConflict()
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync("deputy.a", assigned, "evaluate", new { rating = "Satisfied" });

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("EvaluateAfterReply", await response.RuleAsync());
    }

    [Fact]
    public async Task Evaluate_WithoutRatingOrWithOverlongComment_IsRefusedNamingTheField()
    {
        var replied = await Flow.RepliedAsync();

        var withoutRating = await Flow.TryAsync("deputy.a", replied, "evaluate", new { comment = "满意" });
        var overlong = await Flow.TryAsync("deputy.a", replied, "evaluate", new { rating = "Satisfied", comment = new string('好', 501) });

        await withoutRating.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["rating:Required"], await withoutRating.FieldRulesAsync());
        await overlong.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["comment:MaxLength"], await overlong.FieldRulesAsync());
        await AssertStillRepliedWithoutEvaluationAsync(replied);
    }

    [Fact]
    public async Task ReportSolved_WhenNotUnderFollowUp_IsConflictNamingTheRule()
    {
        var replied = await Flow.RepliedAsync("B");

        var response = await Flow.TryAsync("unit.a", replied, "report-solved", new { evidence = "已完工。" });

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("SolvedUnderFollowUp", await response.RuleAsync());
    }

    [Fact]
    public async Task ReportSolved_ByCoUnitOrPresidium_IsForbidden_AndWithoutEvidenceIsRefused()
    {
        var followUp = await Flow.EvaluatedAsync(await Flow.RepliedAsync("C", await Flow.AssignedAsync(withCoUnit: true)), "Satisfied");
        var coUnitOfficer = await Flow.CoUnitOfficerAsync();

        var byCoUnit = await Flow.TryAsync(coUnitOfficer, followUp, "report-solved", new { evidence = "已完工。" });
        var byPresidium = await Flow.TryAsync("presidium.a", followUp, "report-solved", new { evidence = "已完工。" });
        var withoutEvidence = await Flow.TryAsync("unit.a", followUp, "report-solved", new { evidence = "" });

        await byCoUnit.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal("OnlyLeadUnitReportsSolved", await byCoUnit.RuleAsync());
        await byPresidium.ShouldBe(HttpStatusCode.Forbidden);
        await withoutEvidence.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["evidence:Required"], await withoutEvidence.FieldRulesAsync());
        var after = await Flow.GetAsync(followUp.Id);
        Assert.Equal("FollowUp", after.Status);
        Assert.Equal(followUp.ETag, after.ETag);
    }

    private async Task AssertStillRepliedWithoutEvaluationAsync(ProposalHandle replied)
    {
        var after = await Flow.GetAsync(replied.Id);
        Assert.Equal("Replied", after.Status);
        Assert.Empty(after.Json.GetProperty("evaluations").EnumerateArray());
        Assert.Equal(replied.ETag, after.ETag);
    }
}
