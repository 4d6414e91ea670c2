using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>The handling steps: the co-unit's officer, extension requests, and reading the timeline.</summary>
public sealed partial class ProposalFlow
{
    /// <summary>The account of township A's second unit (the co-unit of <see cref="AssignedWithCoUnitOfficerAsync"/>).</summary>
    public const string CoUnitOfficer = "unit2.a";

    /// <summary>The requested deadline of <see cref="ExtensionRequestedAsync"/>: a month past the three-month deadline.</summary>
    public const string ExtendedDueOn = "2026-10-15";

    /// <summary>Creates the officer of township A's second unit through the admin users API, unless it exists already.</summary>
    public async Task<string> CoUnitOfficerAsync()
    {
        var admin = await As("admin");
        var found = await admin.GetAsync($"/api/v1/admin/users?search={CoUnitOfficer}");
        await found.ShouldBe(HttpStatusCode.OK);
        if ((await found.JsonAsync()).GetProperty("items").EnumerateArray().Any(u => u.GetProperty("userName").GetString() == CoUnitOfficer))
        {
            return CoUnitOfficer;
        }

        var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            userName = CoUnitOfficer,
            displayName = $"{World.A.Units[1].Name}经办人",
            password = PortalFactory.Password,
            role = "HandlingUnitOfficer",
            townshipId = World.A.Township.Id,
            handlingUnitId = World.A.Units[1].Id,
        });
        await created.ShouldBe(HttpStatusCode.Created);
        return CoUnitOfficer;
    }

    /// <summary>Assigned with unit.a's unit as lead and the second unit as co-unit, whose officer is <see cref="CoUnitOfficer"/>.</summary>
    public async Task<ProposalHandle> AssignedWithCoUnitOfficerAsync()
    {
        await CoUnitOfficerAsync();
        return await AssignedAsync(withCoUnit: true);
    }

    /// <summary>The lead unit (unit.a) asks to move the deadline to <see cref="ExtendedDueOn"/>.</summary>
    public async Task<ProposalHandle> ExtensionRequestedAsync(ProposalHandle? assigned = null) =>
        await ActAsync("unit.a", assigned ?? await AssignedAsync(), "extension-requests", new { requestedDueOn = ExtendedDueOn, reason = "需协调县级部门立项，三个月内难以完成。" });

    /// <summary>The secretary's decision on the proposal's pending extension request.</summary>
    public async Task<ProposalHandle> ExtensionDecidedAsync(ProposalHandle requested, bool approve, string? comment = null) =>
        await ActAsync("secretary.a", requested, $"extension-requests/{PendingExtensionId(requested)}/decision", new { approve, comment });

    public static Guid PendingExtensionId(ProposalHandle proposal) =>
        proposal.Json.GetProperty("extensions").EnumerateArray()
            .Single(e => e.GetProperty("decision").GetString() == "Pending")
            .GetProperty("id").GetGuid();

    /// <summary>The step without an If-Match header.</summary>
    public async Task<HttpResponseMessage> TryWithoutIfMatchAsync(string user, ProposalHandle proposal, string action, object body)
    {
        var client = await As(user);
        return await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/proposals/{proposal.Id}/{action}", body);
    }

    public static IReadOnlyList<string?> Actions(ProposalHandle proposal) =>
        proposal.Json.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();

    public static JsonElement LastStep(ProposalHandle proposal) => proposal.Json.GetProperty("timeline").EnumerateArray().Last();
}
