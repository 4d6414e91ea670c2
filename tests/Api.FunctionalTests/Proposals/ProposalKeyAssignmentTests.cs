using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>A key proposal (重点督办) is one assigned with a supervising presidium member of its township and term.</summary>
public sealed class ProposalKeyAssignmentTests(PortalFactory portal) : PortalTest(portal)
{
    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Assign_WithASupervisor_MakesItAKeyProposal()
    {
        var registered = await Flow.RegisteredAsync();

        var assigned = await Flow.ActAsync("secretary.a", registered, "assign", new
        {
            leadUnitId = World.A.Units[0].Id, supervisorPresidiumMemberId = World.A.Chair.Id,
        });

        Assert.True(assigned.Json.GetProperty("isKey").GetBoolean());
        Assert.Equal(World.A.Chair.Id, assigned.Json.GetProperty("supervisorPresidiumMemberId").GetGuid());
        Assert.Equal("Assigned", (await Flow.GetAsync(registered.Id)).Status);
    }

    [Fact]
    public async Task Assign_WithoutASupervisor_IsNotAKeyProposal()
    {
        var assigned = await Flow.AssignedAsync();

        Assert.False(assigned.Json.GetProperty("isKey").GetBoolean());
        Assert.Equal(JsonValueKind.Null, assigned.Json.GetProperty("supervisorPresidiumMemberId").ValueKind);
    }

    [Fact]
    public async Task Assign_WithASupervisorOfAnotherTownship_IsRefusedNamingTheField()
    {
        var registered = await Flow.RegisteredAsync();

        var response = await Flow.TryAsync("secretary.a", registered, "assign", new
        {
            leadUnitId = World.A.Units[0].Id, supervisorPresidiumMemberId = World.B.Chair.Id,
        });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("supervisorPresidiumMemberId:SupervisorIsServingPresidiumMember", await response.FieldRulesAsync());
        var unchanged = await Flow.GetAsync(registered.Id);
        Assert.Equal(registered.ETag, unchanged.ETag);
        Assert.Equal("Registered", unchanged.Status);
    }

    [Fact]
    public async Task LeadReturn_OfAKeyProposal_ClearsTheSupervisorUntilItIsAssignedAgain()
    {
        var registered = await Flow.RegisteredAsync();
        var key = await Flow.ActAsync("secretary.a", registered, "assign", new
        {
            leadUnitId = World.A.Units[0].Id, supervisorPresidiumMemberId = World.A.Chair.Id,
        });

        var returned = await Flow.ActAsync("unit.a", key, "return", new { reason = "非本单位职责。" });

        Assert.False(returned.Json.GetProperty("isKey").GetBoolean());
        Assert.Equal(JsonValueKind.Null, returned.Json.GetProperty("supervisorPresidiumMemberId").ValueKind);
    }
}
