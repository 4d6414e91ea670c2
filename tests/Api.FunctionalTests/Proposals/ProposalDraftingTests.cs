using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

public sealed class ProposalDraftingTests(PortalFactory portal) : PortalTest(portal)
{
    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Draft_AsDeputy_IsTheirOwnDraftWithATimeline()
    {
        var client = await As("deputy.a");

        var response = await client.PostAsJsonAsync("/api/v1/proposals", Flow.Suggestion());

        await response.ShouldBe(HttpStatusCode.Created);
        var proposal = await response.JsonAsync();
        Assert.Equal($"/api/v1/proposals/{proposal.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal("Draft", proposal.GetProperty("status").GetString());
        Assert.Equal(World.A.Deputy.Id, proposal.GetProperty("leadDeputyId").GetGuid());
        Assert.Equal(JsonValueKindNull, proposal.GetProperty("number").ValueKind);
        var step = Assert.Single(proposal.GetProperty("timeline").EnumerateArray());
        Assert.Equal("Drafted", step.GetProperty("action").GetString());
        Assert.Equal("起草", step.GetProperty("description").GetString());
        Assert.Equal("deputy.a", step.GetProperty("actorName").GetString());
        Assert.Equal(TestWorld.Now, step.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Draft_AsSecretary_IsOnBehalfOfTheNamedDeputy()
    {
        var client = await As("secretary.a");
        var body = new
        {
            termId = World.A.Term.Id,
            kind = "Suggestion",
            title = "关于增设村级卫生室的建议",
            content = "建议在偏远村组增设卫生室。",
            category = "医疗卫生",
            leadDeputyId = World.A.OtherDeputy.Id,
        };

        var response = await client.PostAsJsonAsync("/api/v1/proposals", body);

        await response.ShouldBe(HttpStatusCode.Created);
        var proposal = await response.JsonAsync();
        Assert.Equal(World.A.OtherDeputy.Id, proposal.GetProperty("leadDeputyId").GetGuid());
        Assert.Equal(JsonValueKindNull, proposal.GetProperty("sessionId").ValueKind);
    }

    [Theory]
    [InlineData("county")]
    [InlineData("presidium.a")]
    [InlineData("unit.a")]
    [InlineData("admin")]
    public async Task Draft_ByRolesThatDoNotWriteProposals_IsForbidden(string user)
    {
        var client = await As(user);

        var response = await client.PostAsJsonAsync("/api/v1/proposals", Flow.Suggestion());

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task Draft_AsDeputyNamingAnotherLead_IsForbidden()
    {
        var client = await As("deputy.a");
        var body = new { termId = World.A.Term.Id, kind = "Suggestion", title = "标题", content = "内容", category = "其他", leadDeputyId = World.A.OtherDeputy.Id };

        var response = await client.PostAsJsonAsync("/api/v1/proposals", body);

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal("DeputiesDraftTheirOwn", await response.RuleAsync());
    }

    [Fact]
    public async Task Draft_MotionWithFourDeputies_IsRefusedNamingRuleR8()
    {
        var client = await As("deputy.a");

        var response = await client.PostAsJsonAsync("/api/v1/proposals", Flow.Motion(signers: 4));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("coSignerDeputyIds:R8.MotionHasMinimumSigners", await response.FieldRulesAsync());
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task Draft_MotionWithFiveDeputies_IsAccepted()
    {
        var motion = await Flow.DraftAsync(Flow.Motion(signers: 5));

        Assert.Equal("Motion", motion.Json.GetProperty("kind").GetString());
        Assert.Equal(4, motion.Json.GetProperty("coSignerDeputyIds").GetArrayLength());
    }

    [Fact]
    public async Task Draft_WithCoSignerOfAnotherTownship_IsRefused()
    {
        var client = await As("deputy.a");
        var body = new
        {
            termId = World.A.Term.Id, kind = "Suggestion", title = "标题", content = "内容", category = "其他",
            coSignerDeputyIds = new[] { World.B.OtherDeputy.Id },
        };

        var response = await client.PostAsJsonAsync("/api/v1/proposals", body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("coSignerDeputyIds:CoSignersOfTownshipAndTerm", await response.FieldRulesAsync());
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Theory]
    [InlineData("", "内容", "其他", "title:Required")]
    [InlineData("标题", "", "其他", "content:Required")]
    [InlineData("标题", "内容", "", "category:Required")]
    [InlineData("标题", "内容", "旅游", "category:CategoryFromSettings")]
    public async Task Draft_WithBadFields_IsRefusedNamingFieldAndRule(string title, string content, string category, string expected)
    {
        var client = await As("deputy.a");
        var body = new { termId = World.A.Term.Id, kind = "Suggestion", title, content, category };

        var response = await client.PostAsJsonAsync("/api/v1/proposals", body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(expected, await response.FieldRulesAsync());
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task Draft_WithTwentyThousandCharacters_IsRefusedAtTheLimit()
    {
        var client = await As("deputy.a");
        var body = new { termId = World.A.Term.Id, kind = "Suggestion", title = new string('题', 101), content = new string('字', 20_000), category = "其他" };

        var response = await client.PostAsJsonAsync("/api/v1/proposals", body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("content:MaxLength", rules);
        Assert.Contains("title:MaxLength", rules);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task Draft_InTermOfAnotherTownship_IsNotFound()
    {
        var client = await As("deputy.a");
        var body = new { termId = World.B.Term.Id, kind = "Suggestion", title = "标题", content = "内容", category = "其他" };

        var response = await client.PostAsJsonAsync("/api/v1/proposals", body);

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Draft_RetriedWithTheSameIdempotencyKey_CreatesOneProposal()
    {
        var client = await As("deputy.a");

        var first = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/proposals", Flow.Suggestion(), idempotencyKey: "draft-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/proposals", Flow.Suggestion(), idempotencyKey: "draft-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(1, await ProposalCountAsync());
    }

    [Fact]
    public async Task Edit_DraftByItsLead_RewritesItAndMovesTheETag()
    {
        var draft = await Flow.DraftAsync();
        var client = await As("deputy.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/proposals/{draft.Id}", Flow.Motion(), draft.ETag);

        await response.ShouldBe(HttpStatusCode.OK);
        var edited = await response.JsonAsync();
        Assert.Equal("Motion", edited.GetProperty("kind").GetString());
        Assert.Equal("生态环境", edited.GetProperty("category").GetString());
        Assert.NotEqual(draft.ETag, response.ETag());
        Assert.Equal(["Drafted", "Edited"], edited.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Edit_WithoutIfMatch_IsPreconditionRequired_AndWithStaleETag_IsPreconditionFailed()
    {
        var draft = await Flow.DraftAsync();
        var client = await As("deputy.a");
        await (await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/proposals/{draft.Id}", Flow.Suggestion("第二稿"), draft.ETag)).ShouldBe(HttpStatusCode.OK);

        var missing = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/proposals/{draft.Id}", Flow.Suggestion("第三稿"));
        var stale = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/proposals/{draft.Id}", Flow.Suggestion("第三稿"), draft.ETag);

        await missing.ShouldBe(HttpStatusCode.PreconditionRequired);
        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal("第二稿", (await Flow.GetAsync(draft.Id, "deputy.a")).Json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Edit_ByCoSigner_IsForbidden_AndByAnotherDeputy_IsNotFound()
    {
        var motion = await Flow.DraftAsync(Flow.Motion());
        var coSigner = await As("deputy2.a");
        var otherTownship = await As("deputy.b");

        var byCoSigner = await coSigner.SendJsonAsync(HttpMethod.Put, $"/api/v1/proposals/{motion.Id}", Flow.Motion(), motion.ETag);
        var byStranger = await otherTownship.SendJsonAsync(HttpMethod.Put, $"/api/v1/proposals/{motion.Id}", Flow.Motion(), motion.ETag);

        await byCoSigner.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal("OnlyLeadDeputyOrSecretary", await byCoSigner.RuleAsync());
        await byStranger.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Edit_AfterSubmission_IsConflictNamingTheState()
    {
        var submitted = await Flow.SubmittedAsync();
        var client = await As("deputy.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/proposals/{submitted.Id}", Flow.Suggestion("改"), submitted.ETag);

        await response.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.JsonAsync();
        Assert.Equal("OnlyDraftsAreEdited", problem.GetProperty("rule").GetString());
        Assert.Contains("Submitted", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ByLead_MakesItSubmitted_AndTwice_IsConflict()
    {
        var draft = await Flow.DraftAsync();

        var submitted = await Flow.ActAsync("deputy.a", draft, "submit");
        var again = await Flow.TryAsync("deputy.a", submitted, "submit");

        Assert.Equal("Submitted", submitted.Status);
        Assert.Equal("2026-06-15", submitted.Json.GetProperty("submittedOn").GetString());
        await again.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("OnlyDraftsAreSubmitted", await again.RuleAsync());
    }

    [Fact]
    public async Task Get_IsScopedByRoleAndTownship()
    {
        var motion = await Flow.SubmittedAsync(Flow.Motion());

        foreach (var reader in new[] { "secretary.a", "presidium.a", "county", "deputy.a", "deputy2.a" })
        {
            await (await (await As(reader)).GetAsync($"/api/v1/proposals/{motion.Id}")).ShouldBe(HttpStatusCode.OK);
        }

        foreach (var stranger in new[] { "secretary.b", "deputy.b", "unit.a" })
        {
            await (await (await As(stranger)).GetAsync($"/api/v1/proposals/{motion.Id}")).ShouldBe(HttpStatusCode.NotFound);
        }
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private async Task<int> ProposalCountAsync()
    {
        using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Proposals.CountAsync();
    }
}
