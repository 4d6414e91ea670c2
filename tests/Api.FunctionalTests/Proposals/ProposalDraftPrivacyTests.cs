using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>
/// Issue 15 §7: a draft is private until it is submitted. Its lead deputy, its co-signers and whoever wrote it see it;
/// nobody else — not the township's secretary or presidium, not county staff, not the units — in the API, the lists,
/// the portal or the feed, because all of them read through the one proposal filter.
/// </summary>
public sealed class ProposalDraftPrivacyTests(PortalFactory portal) : PortalTest(portal)
{
    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task DeputysDraft_IsSeenByItsSignersOnly_UntilItIsSubmitted()
    {
        var draft = await Flow.DraftAsync(Flow.Motion(signers: 5));

        foreach (var signer in new[] { "deputy.a", "deputy2.a" })
        {
            await (await (await As(signer)).GetAsync($"/api/v1/proposals/{draft.Id}")).ShouldBe(HttpStatusCode.OK);
            Assert.Contains(draft.Id, await ListedIdsAsync(signer));
        }

        foreach (var outsider in new[] { "secretary.a", "presidium.a", "unit.a", "county", "admin", "secretary.b" })
        {
            await (await (await As(outsider)).GetAsync($"/api/v1/proposals/{draft.Id}")).ShouldBe(HttpStatusCode.NotFound);
            Assert.DoesNotContain(draft.Id, await ListedIdsAsync(outsider));
        }

        var feed = await (await As("county")).GetAsync($"/odata/Proposals?$filter=Id eq {draft.Id}&$select=Id");
        await feed.ShouldBe(HttpStatusCode.OK);
        Assert.Empty((await feed.JsonAsync()).GetProperty("value").EnumerateArray());

        await Flow.ActAsync("deputy.a", draft, "submit");

        await (await (await As("secretary.a")).GetAsync($"/api/v1/proposals/{draft.Id}")).ShouldBe(HttpStatusCode.OK);
        Assert.Contains(draft.Id, await ListedIdsAsync("county"));
    }

    [Fact]
    public async Task DraftASecretaryRecordedFromPaper_IsSeenByThatSecretaryAndTheDeputy()
    {
        var draft = await Flow.DraftAsync(new
        {
            termId = World.A.Term.Id,
            kind = "Suggestion",
            title = "关于增设村级卫生室的建议",
            content = "建议在偏远村组增设卫生室。",
            category = "医疗卫生",
            leadDeputyId = World.A.OtherDeputy.Id,
        }, user: "secretary.a");

        Assert.Contains(draft.Id, await ListedIdsAsync("secretary.a"));
        Assert.Contains(draft.Id, await ListedIdsAsync("deputy2.a"));
        Assert.DoesNotContain(draft.Id, await ListedIdsAsync("deputy.a"));
        Assert.DoesNotContain(draft.Id, await ListedIdsAsync("presidium.a"));
    }

    private async Task<List<Guid>> ListedIdsAsync(string user)
    {
        var response = await (await As(user)).GetAsync("/api/v1/proposals?pageSize=100");
        await response.ShouldBe(HttpStatusCode.OK);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];
    }
}
