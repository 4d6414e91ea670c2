using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>延期申请 by the lead unit and the secretary's approval or refusal.</summary>
public sealed class ProposalExtensionTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Reason = "需协调县级部门立项，三个月内难以完成。";

    private ProposalFlow Flow => new(Portal);

    private static object Request(string requestedDueOn = ProposalFlow.ExtendedDueOn, string? reason = Reason) => new { requestedDueOn, reason };

    [Fact]
    public async Task Request_ByLeadUnit_AddsAPendingRequest_AndKeepsTheDeadline()
    {
        var assigned = await Flow.AssignedAsync();

        var requested = await Flow.ActAsync("unit.a", assigned, "extension-requests", Request());

        var extension = Assert.Single(requested.Json.GetProperty("extensions").EnumerateArray());
        Assert.Equal(World.A.Units[0].Id, extension.GetProperty("handlingUnitId").GetGuid());
        Assert.Equal("2026-06-15", extension.GetProperty("requestedOn").GetString());
        Assert.Equal(ProposalFlow.ExtendedDueOn, extension.GetProperty("requestedDueOn").GetString());
        Assert.Equal(Reason, extension.GetProperty("reason").GetString());
        Assert.Equal("Pending", extension.GetProperty("decision").GetString());
        Assert.Equal(JsonValueKind.Null, extension.GetProperty("decidedOn").ValueKind);
        Assert.Equal("2026-09-15", requested.Json.GetProperty("dueOn").GetString());
        Assert.False(requested.Json.GetProperty("isExtended").GetBoolean());
        var step = ProposalFlow.LastStep(requested);
        Assert.Equal("ExtensionRequested", step.GetProperty("action").GetString());
        Assert.Equal("unit.a", step.GetProperty("actorName").GetString());
        Assert.Contains(ProposalFlow.ExtendedDueOn, step.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_MovesTheDeadline_AndShowsItExtended()
    {
        var requested = await Flow.ExtensionRequestedAsync();

        var approved = await Flow.ExtensionDecidedAsync(requested, approve: true, comment: "同意延期。");

        Assert.Equal(ProposalFlow.ExtendedDueOn, approved.Json.GetProperty("dueOn").GetString());
        Assert.True(approved.Json.GetProperty("isExtended").GetBoolean());
        Assert.Equal("Assigned", approved.Status);
        var extension = Assert.Single(approved.Json.GetProperty("extensions").EnumerateArray());
        Assert.Equal("Approved", extension.GetProperty("decision").GetString());
        Assert.Equal("2026-06-15", extension.GetProperty("decidedOn").GetString());
        Assert.Equal("同意延期。", extension.GetProperty("decisionComment").GetString());
        var step = ProposalFlow.LastStep(approved);
        Assert.Equal("ExtensionApproved", step.GetProperty("action").GetString());
        Assert.Equal("secretary.a", step.GetProperty("actorName").GetString());
        var reread = await Flow.GetAsync(requested.Id, "unit.a");
        Assert.Equal(ProposalFlow.ExtendedDueOn, reread.Json.GetProperty("dueOn").GetString());
        Assert.True(reread.Json.GetProperty("isExtended").GetBoolean());
    }

    [Fact]
    public async Task Refuse_KeepsTheDeadline()
    {
        var requested = await Flow.ExtensionRequestedAsync();

        var refused = await Flow.ExtensionDecidedAsync(requested, approve: false);

        Assert.Equal("2026-09-15", refused.Json.GetProperty("dueOn").GetString());
        Assert.False(refused.Json.GetProperty("isExtended").GetBoolean());
        var extension = Assert.Single(refused.Json.GetProperty("extensions").EnumerateArray());
        Assert.Equal("Refused", extension.GetProperty("decision").GetString());
        Assert.Equal(JsonValueKind.Null, extension.GetProperty("decisionComment").ValueKind);
        var step = ProposalFlow.LastStep(refused);
        Assert.Equal("ExtensionRefused", step.GetProperty("action").GetString());
        Assert.Equal("secretary.a", step.GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task Decide_Twice_IsConflictNamingTheRule()
    {
        var requested = await Flow.ExtensionRequestedAsync();
        var requestId = ProposalFlow.PendingExtensionId(requested);
        var approved = await Flow.ExtensionDecidedAsync(requested, approve: true);

        var again = await Flow.TryAsync("secretary.a", approved, $"extension-requests/{requestId}/decision", new { approve = false });

        await again.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("ExtensionDecidedOnce", await again.RuleAsync());
        var unchanged = await Flow.GetAsync(requested.Id);
        Assert.Equal(approved.ETag, unchanged.ETag);
        Assert.Equal(ProposalFlow.ExtendedDueOn, unchanged.Json.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task Request_WhileOneIsPending_IsConflictNamingTheRule()
    {
        var requested = await Flow.ExtensionRequestedAsync();

        var second = await Flow.TryAsync("unit.a", requested, "extension-requests", Request("2026-11-15"));

        await second.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("OneExtensionRequestAtATime", await second.RuleAsync());
        Assert.Single((await Flow.GetAsync(requested.Id)).Json.GetProperty("extensions").EnumerateArray());
    }

    [Fact]
    public async Task Request_AfterTheFirstIsDecided_IsAccepted_AndMustPassTheExtendedDeadline()
    {
        var approved = await Flow.ExtensionDecidedAsync(await Flow.ExtensionRequestedAsync(), approve: true);

        var notLater = await Flow.TryAsync("unit.a", approved, "extension-requests", Request("2026-10-01"));
        var second = await Flow.ActAsync("unit.a", approved, "extension-requests", Request("2026-11-15"));

        await notLater.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("requestedDueOn:ExtensionMovesDeadlineLater", await notLater.FieldRulesAsync());
        Assert.Equal(["Approved", "Pending"], second.Json.GetProperty("extensions").EnumerateArray().Select(e => e.GetProperty("decision").GetString()));
    }

    [Fact]
    public async Task Request_TwiceAtOnceWithTheSameETag_RecordsOneRequest_AndRefusesTheOtherAsStale()
    {
        var assigned = await Flow.AssignedAsync();

        var responses = await Task.WhenAll(
            Flow.TryAsync("unit.a", assigned, "extension-requests", Request("2026-10-15")),
            Flow.TryAsync("unit.a", assigned, "extension-requests", Request("2026-11-15")));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.PreconditionFailed],
            responses.Select(r => r.StatusCode).Order());
        Assert.Single((await Flow.GetAsync(assigned.Id)).Json.GetProperty("extensions").EnumerateArray());
    }

    [Theory]
    [InlineData("2026-09-15")]
    [InlineData("2026-08-01")]
    public async Task Request_NotLaterThanTheDeadline_IsRefusedNamingTheField(string requestedDueOn)
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync("unit.a", assigned, "extension-requests", Request(requestedDueOn));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("requestedDueOn:ExtensionMovesDeadlineLater", await response.FieldRulesAsync());
        Assert.Equal(assigned.ETag, (await Flow.GetAsync(assigned.Id)).ETag);
    }

    [Fact]
    public async Task Request_ByCoUnit_IsForbiddenNamingTheRule()
    {
        var assigned = await Flow.AssignedWithCoUnitOfficerAsync();

        var response = await Flow.TryAsync(ProposalFlow.CoUnitOfficer, assigned, "extension-requests", Request());

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal("OnlyLeadUnitRequestsExtension", await response.RuleAsync());
        Assert.Equal(0, (await Flow.GetAsync(assigned.Id)).Json.GetProperty("extensions").GetArrayLength());
    }

    [Theory]
    [InlineData("secretary.b", HttpStatusCode.NotFound)] // township A's secretary may record it on the unit's behalf (ProposalOnBehalfTests)
    [InlineData("deputy.a", HttpStatusCode.Forbidden)]
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("county", HttpStatusCode.Forbidden)]
    [InlineData("unit.b", HttpStatusCode.NotFound)]
    public async Task Request_ByAnyoneButTheLeadUnit_IsRefused(string user, HttpStatusCode expected)
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync(user, assigned, "extension-requests", Request());

        await response.ShouldBe(expected);
        Assert.Equal(0, (await Flow.GetAsync(assigned.Id)).Json.GetProperty("extensions").GetArrayLength());
    }

    /// <summary>
    /// A unit sees only the proposals assigned to it, so a Registered proposal (not yet, or no longer, assigned) is
    /// not found for its officer rather than a conflict.
    /// </summary>
    [Fact]
    public async Task Request_OnceTheLeadUnitReturnedIt_IsNotFound_AndThePendingRequestIsDropped()
    {
        var requested = await Flow.ExtensionRequestedAsync();
        var requestId = ProposalFlow.PendingExtensionId(requested);
        var returned = await Flow.ActAsync("unit.a", requested, "return", new { reason = "非本单位职责。" });

        var request = await Flow.TryAsync("unit.a", returned, "extension-requests", Request());
        var decide = await Flow.TryAsync("secretary.a", returned, $"extension-requests/{requestId}/decision", new { approve = true });

        await request.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(0, returned.Json.GetProperty("extensions").GetArrayLength());
        await decide.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("requestId:ExtensionRequestOfProposal", await decide.FieldRulesAsync());
        Assert.Equal(returned.ETag, (await Flow.GetAsync(requested.Id)).ETag);
    }

    [Theory]
    [InlineData("unit.a", HttpStatusCode.Forbidden)]
    [InlineData("deputy.a", HttpStatusCode.Forbidden)]
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("county", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("secretary.b", HttpStatusCode.NotFound)]
    public async Task Decide_ByAnyoneButTheTownshipSecretary_IsRefused(string user, HttpStatusCode expected)
    {
        var requested = await Flow.ExtensionRequestedAsync();

        var response = await Flow.TryAsync(user, requested, $"extension-requests/{ProposalFlow.PendingExtensionId(requested)}/decision", new { approve = true });

        await response.ShouldBe(expected);
        var unchanged = await Flow.GetAsync(requested.Id);
        Assert.Equal(requested.ETag, unchanged.ETag);
        Assert.Equal("2026-09-15", unchanged.Json.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task Decide_AnUnknownRequest_IsRefusedNamingTheField()
    {
        var requested = await Flow.ExtensionRequestedAsync();

        var response = await Flow.TryAsync("secretary.a", requested, $"extension-requests/{Guid.NewGuid()}/decision", new { approve = true });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("requestId:ExtensionRequestOfProposal", await response.FieldRulesAsync());
        Assert.Equal(requested.ETag, (await Flow.GetAsync(requested.Id)).ETag);
    }

    [Theory]
    [InlineData(null, Reason, "requestedDueOn:Required")]
    [InlineData(ProposalFlow.ExtendedDueOn, "", "reason:Required")]
    [InlineData(ProposalFlow.ExtendedDueOn, null, "reason:Required")]
    [InlineData(ProposalFlow.ExtendedDueOn, "501", "reason:MaxLength")]
    public async Task Request_WithBadFields_IsRefusedNamingTheField_AndWritesNothing(string? requestedDueOn, string? reason, string expected)
    {
        var assigned = await Flow.AssignedAsync();
        var body = new { requestedDueOn, reason = reason == "501" ? new string('由', 501) : reason };

        var response = await Flow.TryAsync("unit.a", assigned, "extension-requests", body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(expected, await response.FieldRulesAsync());
        var unchanged = await Flow.GetAsync(assigned.Id);
        Assert.Equal(assigned.ETag, unchanged.ETag);
        Assert.Equal(0, unchanged.Json.GetProperty("extensions").GetArrayLength());
    }

    [Fact]
    public async Task Decide_WithoutApproveOrWithTooLongAComment_IsRefusedNamingTheField_AndWritesNothing()
    {
        var requested = await Flow.ExtensionRequestedAsync();
        var action = $"extension-requests/{ProposalFlow.PendingExtensionId(requested)}/decision";

        var withoutApprove = await Flow.TryAsync("secretary.a", requested, action, new { comment = "同意" });
        var longComment = await Flow.TryAsync("secretary.a", requested, action, new { approve = true, comment = new string('意', 501) });

        await withoutApprove.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("approve:Required", await withoutApprove.FieldRulesAsync());
        await longComment.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("comment:MaxLength", await longComment.FieldRulesAsync());
        var unchanged = await Flow.GetAsync(requested.Id);
        Assert.Equal(requested.ETag, unchanged.ETag);
        Assert.Equal("Pending", unchanged.Json.GetProperty("extensions")[0].GetProperty("decision").GetString());
    }

    [Fact]
    public async Task RequestAndDecide_WithoutIfMatch_ArePreconditionRequired_AndWithStaleETag_ArePreconditionFailed()
    {
        var assigned = await Flow.AssignedAsync();
        var requestMissing = await Flow.TryWithoutIfMatchAsync("unit.a", assigned, "extension-requests", Request());
        var requestStale = await Flow.TryAsync("unit.a", assigned with { ETag = "\"1\"" }, "extension-requests", Request());
        var requested = await Flow.ExtensionRequestedAsync(assigned);
        var action = $"extension-requests/{ProposalFlow.PendingExtensionId(requested)}/decision";

        var decideMissing = await Flow.TryWithoutIfMatchAsync("secretary.a", requested, action, new { approve = true });
        var decideStale = await Flow.TryAsync("secretary.a", assigned, action, new { approve = true });

        await requestMissing.ShouldBe(HttpStatusCode.PreconditionRequired);
        await requestStale.ShouldBe(HttpStatusCode.PreconditionFailed);
        await decideMissing.ShouldBe(HttpStatusCode.PreconditionRequired);
        await decideStale.ShouldBe(HttpStatusCode.PreconditionFailed);
        var unchanged = await Flow.GetAsync(assigned.Id);
        Assert.Equal(requested.ETag, unchanged.ETag);
        Assert.Equal("Pending", Assert.Single(unchanged.Json.GetProperty("extensions").EnumerateArray()).GetProperty("decision").GetString());
    }
}
