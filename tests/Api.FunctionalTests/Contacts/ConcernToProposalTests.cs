using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Contacts;

public sealed class ConcernToProposalTests(PortalFactory portal) : PortalTest(portal)
{
    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Concern_ByContactsDeputy_BecomesTheirDraftLinkedBothWays()
    {
        var contact = await Flow.LogContactAsync();
        var concernId = contact.ConcernId(ProposalFlow.RoadConcern);

        var response = await Flow.TryConcernToProposalAsync(contact, concernId);

        await response.ShouldBe(HttpStatusCode.Created);
        var proposal = await ProposalHandle.FromAsync(response);
        Assert.Equal($"/api/v1/proposals/{proposal.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Draft", proposal.Status);
        Assert.Equal("Suggestion", proposal.Json.GetProperty("kind").GetString());
        Assert.Equal(World.A.Deputy.Id, proposal.Json.GetProperty("leadDeputyId").GetGuid());
        Assert.Equal(World.A.Term.Id, proposal.Json.GetProperty("termId").GetGuid());
        Assert.Equal(JsonValueKind.Null, proposal.Json.GetProperty("sessionId").ValueKind);
        Assert.Equal("关于修缮茶亭村三组机耕道的建议", proposal.Json.GetProperty("title").GetString());
        Assert.Equal("农业农村", proposal.Json.GetProperty("category").GetString());
        Assert.Equal(concernId, proposal.Json.GetProperty("sourceConcernId").GetGuid());
        var content = proposal.Json.GetProperty("content").GetString()!;
        Assert.StartsWith(ProposalFlow.RoadConcern, content, StringComparison.Ordinal);
        Assert.Contains("走访茶亭村三组，听取群众对村组道路和公共设施的意见。", content, StringComparison.Ordinal);
        Assert.DoesNotContain(ProposalFlow.LampConcern, content, StringComparison.Ordinal);

        var fetchedProposal = await Flow.GetAsync(proposal.Id, user: "deputy.a");
        Assert.Equal(concernId, fetchedProposal.Json.GetProperty("sourceConcernId").GetGuid());

        var fetchedContact = await Flow.GetContactAsync(contact.Id, user: "deputy.a");
        var concerns = fetchedContact.Json.GetProperty("concerns").EnumerateArray().ToList();
        Assert.Equal(proposal.Id, concerns.Single(c => c.GetProperty("id").GetGuid() == concernId).GetProperty("proposalId").GetGuid());
        Assert.Equal(JsonValueKind.Null, concerns.Single(c => c.GetProperty("id").GetGuid() != concernId).GetProperty("proposalId").ValueKind);
        Assert.NotEqual(contact.ETag, fetchedContact.ETag);
    }

    [Fact]
    public async Task Concern_BySecretary_IsLedByTheContactsDeputy_AndMayNameSessionAndKind()
    {
        var contact = await Flow.LogContactAsync(
            Flow.Contact(deputyId: World.A.OtherDeputy.Id, constituentIds: World.A.ConstituentsOf(World.A.OtherDeputy).Take(1).Select(c => c.Id)),
            user: "secretary.a");
        var body = new
        {
            termId = World.A.Term.Id,
            sessionId = World.A.Session.Id,
            kind = "Motion",
            title = "关于村组道路养护的议案",
            category = "城乡建设",
            coSignerDeputyIds = World.A.Deputies.Skip(2).Take(4).Select(d => d.Id).ToArray(),
        };

        var proposal = await Flow.ConcernToProposalAsync(contact, contact.ConcernId(ProposalFlow.LampConcern), body, user: "secretary.a");

        Assert.Equal(World.A.OtherDeputy.Id, proposal.Json.GetProperty("leadDeputyId").GetGuid());
        Assert.Equal(World.A.Session.Id, proposal.Json.GetProperty("sessionId").GetGuid());
        Assert.Equal("Motion", proposal.Json.GetProperty("kind").GetString());
        Assert.Equal(4, proposal.Json.GetProperty("coSignerDeputyIds").GetArrayLength());
        await (await (await As("deputy2.a")).GetAsync($"/api/v1/proposals/{proposal.Id}")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concern_ConvertedTwice_IsConflictAndKeepsTheFirstProposal()
    {
        var contact = await Flow.LogContactAsync();
        var concernId = contact.ConcernId(ProposalFlow.RoadConcern);
        var first = await Flow.ConcernToProposalAsync(contact, concernId);

        var second = await Flow.TryConcernToProposalAsync(contact, concernId, user: "secretary.a");

        await second.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("ConcernBecomesOneProposal", await second.RuleAsync());
        Assert.Equal(1, await ProposalCountAsync());
        var concern = (await Flow.GetContactAsync(contact.Id)).Json.GetProperty("concerns").EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == concernId);
        Assert.Equal(first.Id, concern.GetProperty("proposalId").GetGuid());
    }

    [Fact]
    public async Task Concern_ConvertedConcurrently_BecomesOneProposal()
    {
        var contact = await Flow.LogContactAsync();
        var concernId = contact.ConcernId(ProposalFlow.RoadConcern);

        var responses = await Task.WhenAll(
            Flow.TryConcernToProposalAsync(contact, concernId),
            Flow.TryConcernToProposalAsync(contact, concernId, user: "secretary.a"),
            Flow.TryConcernToProposalAsync(contact, concernId));

        // The contact is loaded for change (row lock): the others wait for the first, then find the concern linked.
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await loser.ShouldBe(HttpStatusCode.Conflict);
            Assert.Equal("ConcernBecomesOneProposal", await loser.RuleAsync());
        }

        Assert.Equal(1, await ProposalCountAsync());
    }

    [Fact]
    public async Task Concerns_OfOneContact_EachBecomeTheirOwnProposal()
    {
        var contact = await Flow.LogContactAsync();

        var road = await Flow.ConcernToProposalAsync(contact, contact.ConcernId(ProposalFlow.RoadConcern));
        var lamp = await Flow.ConcernToProposalAsync(
            contact, contact.ConcernId(ProposalFlow.LampConcern), new { title = "关于维修村口路灯的建议", category = "城乡建设" });

        Assert.NotEqual(road.Id, lamp.Id);
        var concerns = (await Flow.GetContactAsync(contact.Id)).Json.GetProperty("concerns").EnumerateArray()
            .Select(c => c.GetProperty("proposalId").GetGuid()).Order();
        Assert.Equal(new[] { road.Id, lamp.Id }.Order(), concerns);
    }

    [Theory]
    [InlineData("deputy2.a")]
    [InlineData("secretary.b")]
    [InlineData("deputy.b")]
    public async Task Concern_OfAnotherDeputysContact_IsNotFound(string user)
    {
        var contact = await Flow.LogContactAsync();

        var response = await Flow.TryConcernToProposalAsync(contact, contact.ConcernId(ProposalFlow.RoadConcern), user: user);

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Theory]
    [InlineData("unit.a")]
    [InlineData("presidium.a")]
    [InlineData("county")]
    [InlineData("admin")]
    public async Task Concern_ByRolesThatDoNotDraftProposals_IsForbidden(string user)
    {
        var contact = await Flow.LogContactAsync();

        var response = await Flow.TryConcernToProposalAsync(contact, contact.ConcernId(ProposalFlow.RoadConcern), user: user);

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task Concern_UnknownId_IsNotFound()
    {
        var contact = await Flow.LogContactAsync();

        var response = await Flow.TryConcernToProposalAsync(contact, Guid.NewGuid());

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task Concern_WithBadInput_IsRefusedNamingFields_AndWritesNothing()
    {
        var contact = await Flow.LogContactAsync();
        var concernId = contact.ConcernId(ProposalFlow.RoadConcern);

        var response = await Flow.TryConcernToProposalAsync(contact, concernId, new { title = "", category = new string('类', 21) });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = await response.FieldRulesAsync();
        Assert.Contains("title:Required", errors);
        Assert.Contains("category:MaxLength", errors);
        await AssertNothingWrittenAsync(contact, concernId);
    }

    [Fact]
    public async Task Concern_WithCategoryNotInSettings_IsRefused_AndWritesNothing()
    {
        var contact = await Flow.LogContactAsync();
        var concernId = contact.ConcernId(ProposalFlow.RoadConcern);

        var response = await Flow.TryConcernToProposalAsync(contact, concernId, new { title = "关于道路的建议", category = "交通" });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("category:CategoryFromSettings", await response.FieldRulesAsync());
        await AssertNothingWrittenAsync(contact, concernId);
    }

    [Fact]
    public async Task Concern_AsMotionWithoutEnoughSigners_IsRefused_AndWritesNothing()
    {
        var contact = await Flow.LogContactAsync();
        var concernId = contact.ConcernId(ProposalFlow.RoadConcern);

        var response = await Flow.TryConcernToProposalAsync(contact, concernId, new { kind = "Motion", title = "关于道路的议案", category = "城乡建设" });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("coSignerDeputyIds:R8.MotionHasMinimumSigners", await response.FieldRulesAsync());
        await AssertNothingWrittenAsync(contact, concernId);
    }

    private async Task AssertNothingWrittenAsync(ContactHandle contact, Guid concernId)
    {
        Assert.Equal(0, await ProposalCountAsync());
        var fetched = await Flow.GetContactAsync(contact.Id);
        Assert.Equal(contact.ETag, fetched.ETag);
        var concern = fetched.Json.GetProperty("concerns").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == concernId);
        Assert.Equal(JsonValueKind.Null, concern.GetProperty("proposalId").ValueKind);
    }

    private async Task<int> ProposalCountAsync()
    {
        using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Proposals.CountAsync();
    }
}
