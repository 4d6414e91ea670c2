using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>
/// A proposal's answer lists the steps the caller may take now (<c>moves</c>), which is what the portal offers as
/// buttons: each party sees its own, in the workflow's order, and readers none.
/// </summary>
public sealed class ProposalMovesTests(PortalFactory portal) : PortalTest(portal)
{
    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Moves_FollowTheStateAndTheCallersPart()
    {
        var draft = await Flow.DraftAsync();
        Assert.Equal(["EditDraft", "Submit"], await MovesAsync(draft.Id, "deputy.a"));

        var submitted = await Flow.ActAsync("deputy.a", draft, "submit");
        Assert.Equal(["Register", "Reject"], await MovesAsync(submitted.Id, "secretary.a"));
        Assert.Empty(await MovesAsync(submitted.Id, "deputy.a"));
        Assert.Empty(await MovesAsync(submitted.Id, "presidium.a"));

        var registered = await Flow.ActAsync("secretary.a", submitted, "register");
        Assert.Equal(["Assign"], await MovesAsync(registered.Id, "secretary.a"));

        await Flow.CoUnitOfficerAsync();
        var assigned = await Flow.ActAsync("secretary.a", registered, "assign", new
        {
            leadUnitId = World.A.Units[0].Id,
            coUnitIds = new[] { World.A.Units[1].Id },
        });
        Assert.Equal(["Return", "RequestExtension", "AddProgressNote", "Reply"], await MovesAsync(assigned.Id, "unit.a"));
        Assert.Equal(["Return", "AddProgressNote", "ProvideCoUnitInput"], await MovesAsync(assigned.Id, ProposalFlow.CoUnitOfficer));
        Assert.Empty(await MovesAsync(assigned.Id, "secretary.a"));
        Assert.Empty(await MovesAsync(assigned.Id, "county"));

        var requested = await Flow.ExtensionRequestedAsync(assigned);
        Assert.Equal(["DecideExtension"], await MovesAsync(requested.Id, "secretary.a"));
        Assert.DoesNotContain("RequestExtension", await MovesAsync(requested.Id, "unit.a"));

        var replied = await Flow.RepliedAsync(proposal: requested);
        Assert.Equal(["Evaluate"], await MovesAsync(replied.Id, "deputy.a"));
        Assert.Empty(await MovesAsync(replied.Id, "unit.a"));
    }

    private async Task<string[]> MovesAsync(Guid id, string user) =>
        [.. (await Flow.GetAsync(id, user)).Json.GetProperty("moves").EnumerateArray().Select(m => m.GetString()!)];
}
