using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>办理进展 by the lead unit or a co-unit, and the co-unit's input (协办意见) to the lead unit.</summary>
public sealed class ProposalProgressTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Note = "已会同村委会现场踏勘，正在编制修缮预算。";
    private const string Input = "本办可安排技术人员协助勘测，预计费用约8万元。";

    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task ProgressNote_ByLeadUnit_IsRecordedWithUnitDateAndTimeline()
    {
        var assigned = await Flow.AssignedAsync();

        var noted = await Flow.ActAsync("unit.a", assigned, "progress-notes", new { text = Note });

        var note = Assert.Single(noted.Json.GetProperty("progressNotes").EnumerateArray());
        Assert.Equal(World.A.Units[0].Id, note.GetProperty("handlingUnitId").GetGuid());
        Assert.Equal("2026-06-15", note.GetProperty("notedOn").GetString());
        Assert.Equal(Note, note.GetProperty("text").GetString());
        Assert.Equal("Assigned", noted.Status);
        var step = ProposalFlow.LastStep(noted);
        Assert.Equal("ProgressNoted", step.GetProperty("action").GetString());
        Assert.Equal("unit.a", step.GetProperty("actorName").GetString());
        Assert.Equal(Note, step.GetProperty("detail").GetString());
        Assert.NotEqual(assigned.ETag, noted.ETag);
    }

    [Fact]
    public async Task ProgressNote_ByCoUnit_IsRecordedUnderItsUnit()
    {
        var assigned = await Flow.AssignedWithCoUnitOfficerAsync();
        var byLead = await Flow.ActAsync("unit.a", assigned, "progress-notes", new { text = Note });

        var byCoUnit = await Flow.ActAsync(ProposalFlow.CoUnitOfficer, byLead, "progress-notes", new { text = "协办单位已完成测量。" });

        Assert.Equal(
            [World.A.Units[0].Id, World.A.Units[1].Id],
            byCoUnit.Json.GetProperty("progressNotes").EnumerateArray().Select(n => n.GetProperty("handlingUnitId").GetGuid()));
        Assert.Equal(ProposalFlow.CoUnitOfficer, ProposalFlow.LastStep(byCoUnit).GetProperty("actorName").GetString());
    }

    [Theory]
    [InlineData("secretary.b", HttpStatusCode.NotFound)] // township A's secretary may record it on the unit's behalf (ProposalOnBehalfTests)
    [InlineData("deputy.a", HttpStatusCode.Forbidden)]
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("county", HttpStatusCode.Forbidden)]
    [InlineData("unit.b", HttpStatusCode.NotFound)]
    public async Task ProgressNote_ByAnyoneButAnAssignedUnit_IsRefused(string user, HttpStatusCode expected)
    {
        var assigned = await Flow.AssignedAsync();

        var response = await Flow.TryAsync(user, assigned, "progress-notes", new { text = Note });

        await response.ShouldBe(expected);
        Assert.Equal(0, (await Flow.GetAsync(assigned.Id)).Json.GetProperty("progressNotes").GetArrayLength());
    }

    [Fact]
    public async Task ProgressNote_OnAProposalNotYetAssigned_IsNotFoundForTheUnit()
    {
        var registered = await Flow.RegisteredAsync();

        var response = await Flow.TryAsync("unit.a", registered, "progress-notes", new { text = Note });

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("", "text:Required")]
    [InlineData(null, "text:Required")]
    [InlineData("5001", "text:MaxLength")]
    public async Task ProgressNote_WithBadText_IsRefusedNamingTheField_AndWritesNothing(string? text, string expected)
    {
        var assigned = await Flow.AssignedAsync();
        var body = new { text = text == "5001" ? new string('进', 5001) : text };

        var response = await Flow.TryAsync("unit.a", assigned, "progress-notes", body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(expected, await response.FieldRulesAsync());
        var unchanged = await Flow.GetAsync(assigned.Id);
        Assert.Equal(assigned.ETag, unchanged.ETag);
        Assert.Equal(0, unchanged.Json.GetProperty("progressNotes").GetArrayLength());
    }

    [Fact]
    public async Task ProgressNote_WithoutIfMatch_IsPreconditionRequired_AndWithStaleETag_IsPreconditionFailed()
    {
        var assigned = await Flow.AssignedAsync();
        var first = await Flow.ActAsync("unit.a", assigned, "progress-notes", new { text = Note });

        var missing = await Flow.TryWithoutIfMatchAsync("unit.a", first, "progress-notes", new { text = "第二条" });
        var stale = await Flow.TryAsync("unit.a", assigned, "progress-notes", new { text = "第二条" });

        await missing.ShouldBe(HttpStatusCode.PreconditionRequired);
        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, (await Flow.GetAsync(assigned.Id)).Json.GetProperty("progressNotes").GetArrayLength());
    }

    [Fact]
    public async Task CoUnitInput_ByCoUnit_ShowsTheInputAndTheDateProvided()
    {
        var assigned = await Flow.AssignedWithCoUnitOfficerAsync();

        var provided = await Flow.ActAsync(ProposalFlow.CoUnitOfficer, assigned, "co-unit-input", new { input = Input });

        var coUnit = Assert.Single(provided.Json.GetProperty("coUnits").EnumerateArray());
        Assert.Equal(World.A.Units[1].Id, coUnit.GetProperty("handlingUnitId").GetGuid());
        Assert.Equal("2026-07-15", coUnit.GetProperty("inputDueOn").GetString());
        Assert.Equal("2026-06-15", coUnit.GetProperty("inputProvidedOn").GetString());
        Assert.Equal(Input, coUnit.GetProperty("input").GetString());
        var step = ProposalFlow.LastStep(provided);
        Assert.Equal("CoUnitInputProvided", step.GetProperty("action").GetString());
        Assert.Equal(ProposalFlow.CoUnitOfficer, step.GetProperty("actorName").GetString());
        Assert.Equal(Input, (await Flow.GetAsync(assigned.Id, "unit.a")).Json.GetProperty("coUnits")[0].GetProperty("input").GetString());
    }

    [Fact]
    public async Task CoUnitInput_ByLeadUnit_IsForbiddenNamingTheRule()
    {
        var assigned = await Flow.AssignedWithCoUnitOfficerAsync();

        var response = await Flow.TryAsync("unit.a", assigned, "co-unit-input", new { input = Input });

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal("OnlyCoUnitProvidesInput", await response.RuleAsync());
        Assert.Equal(assigned.ETag, (await Flow.GetAsync(assigned.Id)).ETag);
    }

    [Theory]
    [InlineData("secretary.b", HttpStatusCode.NotFound)] // township A's secretary may record it on the unit's behalf (ProposalOnBehalfTests)
    [InlineData("deputy.a", HttpStatusCode.Forbidden)]
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("county", HttpStatusCode.Forbidden)]
    [InlineData("unit.b", HttpStatusCode.NotFound)]
    public async Task CoUnitInput_ByAnyoneButTheCoUnit_IsRefused(string user, HttpStatusCode expected)
    {
        var assigned = await Flow.AssignedWithCoUnitOfficerAsync();

        var response = await Flow.TryAsync(user, assigned, "co-unit-input", new { input = Input });

        await response.ShouldBe(expected);
        Assert.Equal(assigned.ETag, (await Flow.GetAsync(assigned.Id)).ETag);
    }

    [Theory]
    [InlineData(" ", "input:Required")]
    [InlineData("5001", "input:MaxLength")]
    public async Task CoUnitInput_WithBadInput_IsRefusedNamingTheField_AndWritesNothing(string input, string expected)
    {
        var assigned = await Flow.AssignedWithCoUnitOfficerAsync();
        var body = new { input = input == "5001" ? new string('意', 5001) : input };

        var response = await Flow.TryAsync(ProposalFlow.CoUnitOfficer, assigned, "co-unit-input", body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(expected, await response.FieldRulesAsync());
        var unchanged = await Flow.GetAsync(assigned.Id);
        Assert.Equal(assigned.ETag, unchanged.ETag);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unchanged.Json.GetProperty("coUnits")[0].GetProperty("inputProvidedOn").ValueKind);
    }

    [Fact]
    public async Task CoUnitInput_WithoutIfMatch_IsPreconditionRequired_AndWithStaleETag_IsPreconditionFailed()
    {
        var assigned = await Flow.AssignedWithCoUnitOfficerAsync();

        var missing = await Flow.TryWithoutIfMatchAsync(ProposalFlow.CoUnitOfficer, assigned, "co-unit-input", new { input = Input });
        var stale = await Flow.TryAsync(ProposalFlow.CoUnitOfficer, assigned with { ETag = "\"1\"" }, "co-unit-input", new { input = Input });

        await missing.ShouldBe(HttpStatusCode.PreconditionRequired);
        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal(assigned.ETag, (await Flow.GetAsync(assigned.Id)).ETag);
    }
}
