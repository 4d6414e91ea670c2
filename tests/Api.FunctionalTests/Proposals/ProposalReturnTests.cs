using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>
/// 退回 within the return window. The window itself (ReturnWithinWindow) is covered by the domain tests: every step
/// here happens on the fixed date 2026-06-15, the day of assignment.
/// </summary>
public sealed class ProposalReturnTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Reason = "该事项属村镇建设办职责，非本单位业务。";

    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Return_ByLeadUnit_LeavesItRegisteredForReassignment()
    {
        var assigned = await Flow.AssignedWithCoUnitOfficerAsync();

        var returned = await Flow.ActAsync("unit.a", assigned, "return", new { reason = Reason });

        var json = returned.Json;
        Assert.Equal("Registered", returned.Status);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("leadUnitId").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("assignedOn").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("dueOn").ValueKind);
        Assert.Equal(0, json.GetProperty("coUnits").GetArrayLength());
        Assert.Equal("18-1-J001", json.GetProperty("number").GetString());
        var step = ProposalFlow.LastStep(returned);
        Assert.Equal("Returned", step.GetProperty("action").GetString());
        Assert.Equal("unit.a", step.GetProperty("actorName").GetString());
        Assert.Contains(Reason, step.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Registered", (await Flow.GetAsync(assigned.Id)).Status);
    }

    [Fact]
    public async Task Return_ByLeadUnit_ThenAssignAgain_GivesTheNewLeadUnitAndANewDeadline()
    {
        await Flow.CoUnitOfficerAsync();
        var returned = await Flow.ActAsync("unit.a", await Flow.AssignedAsync(), "return", new { reason = Reason });

        var reassigned = await Flow.ActAsync("secretary.a", returned, "assign", new { leadUnitId = World.A.Units[1].Id, isComplex = true });

        Assert.Equal("Assigned", reassigned.Status);
        Assert.Equal(World.A.Units[1].Id, reassigned.Json.GetProperty("leadUnitId").GetGuid());
        Assert.Equal("2026-06-15", reassigned.Json.GetProperty("assignedOn").GetString());
        Assert.Equal("2026-12-15", reassigned.Json.GetProperty("dueOn").GetString());
        Assert.Equal(["Drafted", "Submitted", "Registered", "Assigned", "Returned", "Assigned"], ProposalFlow.Actions(reassigned));
        Assert.Equal("secretary.a", ProposalFlow.LastStep(reassigned).GetProperty("actorName").GetString());
        await (await (await Flow.As(ProposalFlow.CoUnitOfficer)).GetAsync($"/api/v1/proposals/{reassigned.Id}")).ShouldBe(HttpStatusCode.OK);
        await (await (await Flow.As("unit.a")).GetAsync($"/api/v1/proposals/{reassigned.Id}")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Return_ByCoUnit_RemovesOnlyThatUnit()
    {
        var assigned = await Flow.AssignedWithCoUnitOfficerAsync();

        var returned = await Flow.ActAsync(ProposalFlow.CoUnitOfficer, assigned, "return", new { reason = "本单位不涉及该事项。" });

        Assert.Equal("Assigned", returned.Status);
        Assert.Equal(World.A.Units[0].Id, returned.Json.GetProperty("leadUnitId").GetGuid());
        Assert.Equal("2026-09-15", returned.Json.GetProperty("dueOn").GetString());
        Assert.Equal(0, returned.Json.GetProperty("coUnits").GetArrayLength());
        var step = ProposalFlow.LastStep(returned);
        Assert.Equal("Returned", step.GetProperty("action").GetString());
        Assert.Equal(ProposalFlow.CoUnitOfficer, step.GetProperty("actorName").GetString());
        Assert.Contains("协办单位退回", step.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await (await Flow.As(ProposalFlow.CoUnitOfficer)).GetAsync($"/api/v1/proposals/{assigned.Id}")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Return_AgainAfterTheLeadReturnedIt_IsNotFoundForTheUnit()
    {
        var returned = await Flow.ActAsync("unit.a", await Flow.AssignedAsync(), "return", new { reason = Reason });

        var again = await Flow.TryAsync("unit.a", returned, "return", new { reason = Reason });

        await again.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("secretary.b", HttpStatusCode.NotFound)] // township A's secretary may record it on the unit's behalf (ProposalOnBehalfTests)
    [InlineData("deputy.a", HttpStatusCode.Forbidden)]
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("county", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("unit.b", HttpStatusCode.NotFound)]
    public async Task Return_ByAnyoneButAnAssignedUnit_IsRefused(string user, HttpStatusCode expected)
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync(user, assigned, "return", new { reason = Reason });

        await response.ShouldBe(expected);
        Assert.Equal(assigned.ETag, (await Flow.GetAsync(assigned.Id)).ETag);
    }

    [Fact]
    public async Task Return_ByTheOfficerOfAUnitItIsNotAssignedTo_IsNotFound()
    {
        await Flow.CoUnitOfficerAsync();
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync(ProposalFlow.CoUnitOfficer, assigned, "return", new { reason = Reason });

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal("Assigned", (await Flow.GetAsync(assigned.Id)).Status);
    }

    [Theory]
    [InlineData("", "reason:Required")]
    [InlineData("   ", "reason:Required")]
    [InlineData(null, "reason:Required")]
    [InlineData("501", "reason:MaxLength")]
    public async Task Return_WithBadReason_IsRefusedNamingTheField_AndWritesNothing(string? reason, string expected)
    {
        var assigned = await Flow.AssignedAsync();
        var body = new { reason = reason == "501" ? new string('由', 501) : reason };

        var response = await Flow.TryAsync("unit.a", assigned, "return", body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(expected, await response.FieldRulesAsync());
        var unchanged = await Flow.GetAsync(assigned.Id);
        Assert.Equal(assigned.ETag, unchanged.ETag);
        Assert.Equal("Assigned", unchanged.Status);
    }

    [Fact]
    public async Task Return_WithAReasonOfExactlyTheLimit_IsAccepted()
    {
        var assigned = await Flow.AssignedAsync();

        var returned = await Flow.ActAsync("unit.a", assigned, "return", new { reason = new string('由', 500) });

        Assert.Equal("Registered", returned.Status);
    }

    [Fact]
    public async Task Return_WithoutIfMatch_IsPreconditionRequired_AndWithStaleETag_IsPreconditionFailed()
    {
        var assigned = await Flow.AssignedAsync();

        var missing = await Flow.TryWithoutIfMatchAsync("unit.a", assigned, "return", new { reason = Reason });
        var stale = await Flow.TryAsync("unit.a", assigned with { ETag = "\"1\"" }, "return", new { reason = Reason });

        await missing.ShouldBe(HttpStatusCode.PreconditionRequired);
        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Assigned", (await Flow.GetAsync(assigned.Id)).Status);
    }
}
