using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Proposals.AcceptExpired;
using DeputyPortal.Domain.Proposals;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>
/// The lead deputy has 20 working days to rate a reply; after that the daily sweep (run by the scheduler as the
/// system) records it as accepted without a rating. Today is 2026-06-15.
/// </summary>
public sealed class EvaluationWindowTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly DateOnly AssignedOn = new(2026, 3, 20);

    // Replied Wednesday 2026-04-01: 2–3 April (2); 4–6 April is 清明节; 7–10 April (6); 13–17 (11); 20–24 (16);
    // 27–30 April (20): the window closed on 2026-04-30.
    private static readonly DateOnly LongAgo = new(2026, 4, 1);

    // Replied Wednesday 2026-06-10: 11–12 June (2); 15–18 June (6); 19 June is 端午节; 22–26 (11); 29 June–3 July (16);
    // 6–9 July (20): open until 2026-07-09.
    private static readonly DateOnly LastWeek = new(2026, 6, 10);

    private ProposalFlow Flow => new(Portal);

    private ProposalHistory History => new(Portal);

    [Fact]
    public async Task Evaluate_AfterTheWindowClosed_IsConflictNamingTheRule_AndNothingWritten()
    {
        var id = await History.RepliedOnAsync(AssignedOn, LongAgo);
        var replied = await Flow.GetAsync(id, "deputy.a");
        Assert.Equal("2026-04-30", replied.Json.GetProperty("evaluationDueOn").GetString());

        var response = await Flow.TryAsync("deputy.a", replied, "evaluate", new { rating = "Dissatisfied" });

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("EvaluateWithinWindow", await response.RuleAsync());
        Assert.Contains("2026-04-30", (await response.JsonAsync()).GetProperty("detail").GetString());
        var after = await Flow.GetAsync(id);
        Assert.Equal("Replied", after.Status);
        Assert.Equal(replied.ETag, after.ETag);
    }

    [Fact]
    public async Task Evaluate_WithinTheWindow_IsAccepted()
    {
        var id = await History.RepliedOnAsync(AssignedOn, LastWeek);
        var replied = await Flow.GetAsync(id, "deputy.a");
        Assert.Equal("2026-07-09", replied.Json.GetProperty("evaluationDueOn").GetString());

        Assert.Equal("Closed", (await Flow.EvaluatedAsync(replied, "Satisfied")).Status);
    }

    [Fact]
    public async Task Sweep_AcceptsRepliesWhoseWindowClosed_InEveryTownship_AndLeavesOpenWindowsAlone()
    {
        var classA = await History.RepliedOnAsync(AssignedOn, LongAgo, ReplyClass.A);
        var classB = await History.RepliedOnAsync(AssignedOn, LongAgo, ReplyClass.B);
        var otherTownship = await History.RepliedOnAsync(AssignedOn, LongAgo, ReplyClass.D, World.B);
        var stillOpen = await History.RepliedOnAsync(AssignedOn, LastWeek);
        var repliedToday = await Flow.RepliedAsync();
        var openBefore = await Flow.GetAsync(stillOpen);

        Assert.Equal(3, await SweepAsync());

        var closed = await Flow.GetAsync(classA);
        Assert.Equal("Closed", closed.Status);
        Assert.Equal("2026-06-15", closed.Json.GetProperty("closedOn").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, closed.Json.GetProperty("lastRating").ValueKind);
        var evaluation = Assert.Single(closed.Json.GetProperty("evaluations").EnumerateArray());
        Assert.True(evaluation.GetProperty("acceptedWithoutRating").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, evaluation.GetProperty("rating").ValueKind);
        Assert.Equal("2026-06-15", evaluation.GetProperty("evaluatedOn").GetString());
        var step = closed.Json.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("AcceptedWithoutRating", step.GetProperty("action").GetString());
        Assert.Equal("系统", step.GetProperty("actorName").GetString());
        Assert.Contains("2026-04-30", step.GetProperty("detail").GetString());

        Assert.Equal("FollowUp", (await Flow.GetAsync(classB)).Status);
        var other = await Flow.GetAsync(otherTownship, "secretary.b");
        Assert.Equal("Closed", other.Status);
        Assert.True(Assert.Single(other.Json.GetProperty("evaluations").EnumerateArray()).GetProperty("acceptedWithoutRating").GetBoolean());

        var openAfter = await Flow.GetAsync(stillOpen);
        Assert.Equal("Replied", openAfter.Status);
        Assert.Equal(openBefore.ETag, openAfter.ETag);
        Assert.Empty(openAfter.Json.GetProperty("evaluations").EnumerateArray());
        Assert.Equal("Replied", (await Flow.GetAsync(repliedToday.Id)).Status);
    }

    [Fact]
    public async Task Sweep_RunAgain_ChangesNothing()
    {
        var classA = await History.RepliedOnAsync(AssignedOn, LongAgo, ReplyClass.A);
        var classC = await History.RepliedOnAsync(AssignedOn, LongAgo, ReplyClass.C);
        Assert.Equal(2, await SweepAsync());
        var closed = await Flow.GetAsync(classA);
        var followUp = await Flow.GetAsync(classC);

        Assert.Equal(0, await SweepAsync());

        var closedAgain = await Flow.GetAsync(classA);
        var followUpAgain = await Flow.GetAsync(classC);
        Assert.Equal(("Closed", closed.ETag), (closedAgain.Status, closedAgain.ETag));
        Assert.Equal(("FollowUp", followUp.ETag), (followUpAgain.Status, followUpAgain.ETag));
        Assert.Single(closedAgain.Json.GetProperty("evaluations").EnumerateArray());
    }

    [Fact]
    public async Task Sweep_WithNothingExpired_AcceptsNothing()
    {
        var stillOpen = await History.RepliedOnAsync(AssignedOn, LastWeek);

        Assert.Equal(0, await SweepAsync());
        Assert.Equal("Replied", (await Flow.GetAsync(stillOpen)).Status);
    }

    /// <summary>Sends the sweep the way the scheduled job does: outside any HTTP request, from a scope begun as the system.</summary>
    private async Task<int> SweepAsync()
    {
        await using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AcceptExpiredEvaluations());
    }
}
