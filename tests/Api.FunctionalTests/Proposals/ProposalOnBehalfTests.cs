using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>
/// 补录 (issue 15 §4): the secretary records a unit's or the lead deputy's step that was taken on paper or by phone,
/// with the date it really happened. The rules count from that date; the timeline and the audit say who recorded it
/// for whom. Today is 2026-06-15.
/// </summary>
public sealed class ProposalOnBehalfTests(PortalFactory portal) : PortalTest(portal)
{
    // Assigned 2026-03-10: due three months later, 2026-06-10, so five days overdue today.
    private static readonly DateOnly AssignedOn = new(2026, 3, 10);

    // The village committee's letter is dated Monday 2026-06-08, before the deadline.
    private static readonly DateOnly LetterDated = new(2026, 6, 8);

    private ProposalFlow Flow => new(Portal);

    private ProposalHistory History => new(Portal);

    [Fact]
    public async Task PaperReply_DatedBeforeTheDeadline_IsOnTime_AndItsWindowCountsFromThatDate_AndSaysWhoRecordedItForWhom()
    {
        var overdue = await Flow.GetAsync(await History.AssignedOnAsync(AssignedOn));
        Assert.True(overdue.Json.GetProperty("isOverdue").GetBoolean());
        var unitName = overdue.Json.GetProperty("leadUnitName").GetString()!;

        var replied = await Flow.ActAsync("secretary.a", overdue, "reply", PaperReply(LetterDated));

        Assert.Equal("Replied", replied.Status);
        var reply = replied.Json.GetProperty("replies").EnumerateArray().Single();
        Assert.Equal("2026-06-08", reply.GetProperty("repliedOn").GetString());
        Assert.True(reply.GetProperty("onTime").GetBoolean());
        Assert.False(replied.Json.GetProperty("isOverdue").GetBoolean());
        // 20 working days from 2026-06-08: 9–12 June (4), 15–18 (8; 19 June is 端午节), 22–26 (13), 29 June–3 July (18), 6–7 July (20).
        Assert.Equal("2026-07-07", replied.Json.GetProperty("evaluationDueOn").GetString());
        var step = ProposalFlow.LastStep(replied);
        Assert.Equal("Replied", step.GetProperty("action").GetString());
        Assert.Equal("secretary.a", step.GetProperty("actorName").GetString());
        Assert.Equal(unitName, step.GetProperty("onBehalfOf").GetString());
        Assert.Equal("2026-06-08", step.GetProperty("occurredOn").GetString());
        Assert.Equal(new DateOnly(2026, 6, 15), DateOnly.FromDateTime(step.GetProperty("at").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).DateTime));

        var audited = await AuditedStepsAsync(replied.Id);
        var entry = Assert.Single(audited, e => e.After.GetProperty("Action").GetString() == "Replied");
        Assert.Equal("secretary.a", entry.UserName);
        Assert.Equal(unitName, entry.After.GetProperty("OnBehalfOf").GetString());
        Assert.Equal("2026-06-08", entry.After.GetProperty("OccurredOn").GetString());
    }

    [Fact]
    public async Task PaperReply_RecordedWithTodaysDate_IsLate_AsTheUnitsOwnReplyWouldBe()
    {
        var overdue = await Flow.GetAsync(await History.AssignedOnAsync(AssignedOn));

        var replied = await Flow.ActAsync("secretary.a", overdue, "reply", PaperReply(null));

        var reply = replied.Json.GetProperty("replies").EnumerateArray().Single();
        Assert.Equal("2026-06-15", reply.GetProperty("repliedOn").GetString());
        Assert.False(reply.GetProperty("onTime").GetBoolean());
        Assert.Contains("逾期答复", ProposalFlow.LastStep(replied).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RatingGivenByPhoneInsideTheWindow_IsRecordedAfterItClosed()
    {
        // Replied 2026-04-01; the window closed 2026-04-30 (see EvaluationWindowTests). The deputy phoned on 2026-04-20.
        var replied = await Flow.GetAsync(await History.RepliedOnAsync(new DateOnly(2026, 3, 20), new DateOnly(2026, 4, 1)));
        var deputyName = World.A.Deputy.Name;

        var late = await Flow.TryAsync("secretary.a", replied, "evaluate", new { rating = "Satisfied" });
        await late.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("EvaluateWithinWindow", await late.RuleAsync());

        var evaluated = await Flow.ActAsync("secretary.a", replied, "evaluate", new { rating = "Satisfied", comment = "电话告知满意。", occurredOn = "2026-04-20" });

        Assert.Equal("Closed", evaluated.Status);
        Assert.Equal("2026-04-20", evaluated.Json.GetProperty("evaluations").EnumerateArray().Single().GetProperty("evaluatedOn").GetString());
        var step = ProposalFlow.LastStep(evaluated);
        Assert.Equal($"代表{deputyName}", step.GetProperty("onBehalfOf").GetString());
        Assert.Equal("secretary.a", step.GetProperty("actorName").GetString());
    }

    [Theory]
    [InlineData("2026-06-16", "OccurredNotInFuture")]
    [InlineData("2026-03-09", "OccurredNotBeforePreviousStep")]
    public async Task PaperReply_DatedInTheFutureOrBeforeThePreviousStep_IsRefusedNamingTheDate_AndNothingWritten(string date, string rule)
    {
        var assigned = await Flow.GetAsync(await History.AssignedOnAsync(AssignedOn));

        var response = await Flow.TryAsync("secretary.a", assigned, "reply", PaperReply(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([$"occurredOn:{rule}"], await response.FieldRulesAsync());
        Assert.Contains(date, (await response.JsonAsync()).ToString(), StringComparison.Ordinal);
        await AssertUnchangedAsync(assigned);
    }

    [Fact]
    public async Task AUnitOfficer_CannotBackdateTheirOwnStep_NorActForAnotherUnit()
    {
        var assigned = await Flow.AssignedAsync(withCoUnit: true);

        var backdated = await Flow.TryAsync("unit.a", assigned, "reply", PaperReply(new DateOnly(2026, 6, 15)));
        var forOther = await Flow.TryAsync("unit.a", assigned, "progress-notes", new { text = "已开工。", forUnitId = World.A.Units[1].Id });

        await backdated.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["occurredOn:OnlySecretaryRecordsLate"], await backdated.FieldRulesAsync());
        await forOther.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["forUnitId:ActsForOwnUnit"], await forOther.FieldRulesAsync());
        await AssertUnchangedAsync(assigned);
    }

    [Fact]
    public async Task TheSecretary_RecordsForTheProposalsOwnUnitsOnly_AndOnlyInTheirTownship()
    {
        var assigned = await Flow.AssignedAsync(withCoUnit: true);

        var notItsUnit = await Flow.TryAsync("secretary.a", assigned, "progress-notes", new { text = "已开工。", forUnitId = World.B.Units[0].Id });
        var otherTownship = await Flow.TryAsync("secretary.b", assigned, "reply", PaperReply(null));
        var presidium = await Flow.TryAsync("presidium.a", assigned, "reply", PaperReply(null));

        await notItsUnit.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["forUnitId:OnBehalfOfProposalsUnit"], await notItsUnit.FieldRulesAsync());
        await otherTownship.ShouldBe(HttpStatusCode.NotFound);
        await presidium.ShouldBe(HttpStatusCode.Forbidden);
        await AssertUnchangedAsync(assigned);
    }

    [Fact]
    public async Task CoUnitInput_RecordedForTheCoUnit_IsTheCoUnitsInput()
    {
        var assigned = await Flow.AssignedAsync(withCoUnit: true);
        var coUnit = World.A.Units[1];

        var given = await Flow.ActAsync("secretary.a", assigned, "co-unit-input", new { input = "同意主办单位方案。", forUnitId = coUnit.Id, occurredOn = "2026-06-15" });

        var input = given.Json.GetProperty("coUnits").EnumerateArray().Single();
        Assert.Equal(coUnit.Id, input.GetProperty("handlingUnitId").GetGuid());
        Assert.Equal("同意主办单位方案。", input.GetProperty("input").GetString());
        Assert.Equal(coUnit.Name, ProposalFlow.LastStep(given).GetProperty("onBehalfOf").GetString());
    }

    [Fact]
    public async Task TheSecretarysProposal_ListsWhatMayBeRecordedForWhom_AndNoOneElseIsOffered()
    {
        var assigned = await Flow.AssignedAsync(withCoUnit: true);

        var forSecretary = (await Flow.GetAsync(assigned.Id)).Json.GetProperty("onBehalfMoves").EnumerateArray()
            .Select(m => $"{m.GetProperty("move").GetString()}:{m.GetProperty("partyName").GetString()}")
            .ToList();
        var forUnit = (await Flow.GetAsync(assigned.Id, "unit.a")).Json.GetProperty("onBehalfMoves");

        var lead = World.A.Units[0].Name;
        var co = World.A.Units[1].Name;
        Assert.Equal(
            [$"Return:{lead}", $"Return:{co}", $"RequestExtension:{lead}", $"AddProgressNote:{lead}", $"AddProgressNote:{co}", $"ProvideCoUnitInput:{co}", $"Reply:{lead}"],
            forSecretary);
        Assert.Equal(0, forUnit.GetArrayLength());
    }

    private static object PaperReply(DateOnly? occurredOn) => new
    {
        resultClass = "B",
        text = "经实地查看，机耕道修缮已列入明年计划。",
        signedBy = "王主任",
        committedCompletionOn = "2026-12-31",
        occurredOn = occurredOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task AssertUnchangedAsync(ProposalHandle before)
    {
        var after = await Flow.GetAsync(before.Id);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.ETag, after.ETag);
    }

    private async Task<IReadOnlyList<(string UserName, JsonElement After)>> AuditedStepsAsync(Guid proposalId)
    {
        using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "ProposalEvent").OrderBy(a => a.Id).ToListAsync();
        return
        [
            .. entries
                .Select(a => (a.UserName, After: JsonDocument.Parse(a.After!).RootElement))
                .Where(e => e.After.GetProperty("ProposalId").GetGuid() == proposalId),
        ];
    }
}
