using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

public sealed class ProposalAssignmentTests(PortalFactory portal) : PortalTest(portal)
{
    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Assign_SetsLeadUnitAndThreeMonthDeadline_AndShowsGreen()
    {
        var assigned = await Flow.AssignedAsync(withCoUnit: true);

        var json = assigned.Json;
        Assert.Equal("Assigned", assigned.Status);
        Assert.Equal(World.A.Units[0].Id, json.GetProperty("leadUnitId").GetGuid());
        Assert.Equal("2026-06-15", json.GetProperty("assignedOn").GetString());
        Assert.Equal("2026-09-15", json.GetProperty("dueOn").GetString());
        Assert.Equal("green", json.GetProperty("warningColor").GetString());
        Assert.False(json.GetProperty("isOverdue").GetBoolean());
        var coUnit = Assert.Single(json.GetProperty("coUnits").EnumerateArray());
        Assert.Equal(World.A.Units[1].Id, coUnit.GetProperty("handlingUnitId").GetGuid());
        Assert.Equal(World.A.Units[1].Name, coUnit.GetProperty("handlingUnitName").GetString());
        Assert.Equal(World.A.Units[0].Name, json.GetProperty("leadUnitName").GetString());
        Assert.Equal(World.A.Deputy.Name, json.GetProperty("leadDeputyName").GetString());
        Assert.Equal("第一次会议", json.GetProperty("sessionName").GetString());
        Assert.Equal("2026-07-15", coUnit.GetProperty("inputDueOn").GetString());
    }

    [Fact]
    public async Task Assign_Complex_GivesSixMonths()
    {
        var assigned = await Flow.AssignedAsync(complex: true);

        Assert.Equal("2026-12-15", assigned.Json.GetProperty("dueOn").GetString());
        Assert.True(assigned.Json.GetProperty("isComplex").GetBoolean());
    }

    [Fact]
    public async Task Assign_UnitOfAnotherTownship_IsRefusedNamingTheField()
    {
        var registered = await Flow.RegisteredAsync();

        var response = await Flow.TryAsync("secretary.a", registered, "assign", new { leadUnitId = World.B.Units[0].Id });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("leadUnitId:LeadUnitOfTownship", await response.FieldRulesAsync());
        Assert.Equal("Registered", (await Flow.GetAsync(registered.Id)).Status);
    }

    [Fact]
    public async Task Assign_BeforeRegistration_IsConflictNamingTheRule()
    {
        var submitted = await Flow.SubmittedAsync();

        var response = await Flow.TryAsync("secretary.a", submitted, "assign", new { leadUnitId = World.A.Units[0].Id });

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("AssignAfterRegistration", await response.RuleAsync());
    }

    [Fact]
    public async Task AssignedUnitsOfficer_SeesTheProposal()
    {
        var assigned = await Flow.AssignedAsync();

        await (await (await As("unit.a")).GetAsync($"/api/v1/proposals/{assigned.Id}")).ShouldBe(HttpStatusCode.OK);
        await (await (await As("unit.b")).GetAsync($"/api/v1/proposals/{assigned.Id}")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(31, "green", false, 0)]
    [InlineData(30, "yellow", false, 0)]
    [InlineData(8, "yellow", false, 0)]
    [InlineData(7, "red", false, 0)]
    [InlineData(0, "red", false, 0)]
    [InlineData(-1, "red", true, 1)]
    public async Task Warning_CountsDaysLeftToTheDeadlineInChina(int daysLeft, string color, bool overdue, int daysOverdue)
    {
        // Assigned three months before a due date daysLeft days after today (2026-06-15 in China).
        var dueOn = new DateOnly(2026, 6, 15).AddDays(daysLeft);
        var id = await new ProposalHistory(Portal).AssignedOnAsync(dueOn.AddMonths(-3));

        var proposal = await Flow.GetAsync(id);

        Assert.Equal(dueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), proposal.Json.GetProperty("dueOn").GetString());
        Assert.Equal(color, proposal.Json.GetProperty("warningColor").GetString());
        Assert.Equal(overdue, proposal.Json.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(daysOverdue, proposal.Json.GetProperty("daysOverdue").GetInt32());
    }
}
