using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Contacts;

/// <summary>Correcting (PUT) and removing (DELETE) a contact entry: who may, the rules of logging, and concerns that became proposals.</summary>
public sealed class ContactRevisionTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Url = "/api/v1/constituent-contacts";

    private ProposalFlow Flow => new(Portal);

    private static object Revision(
        IEnumerable<Guid> constituentIds, string[] concerns, string contactedOn = "2026-06-11", string channel = "Phone", string? otherPerson = null) => new
    {
        contactedOn,
        channel,
        constituentIds = constituentIds.ToArray(),
        otherPerson,
        summary = "电话回访，核实机耕道损毁情况。",
        concerns,
    };

    [Fact]
    public async Task Revise_AsDeputy_OwnEntry_ChangesEverythingAndAnswersTheNewVersion()
    {
        var contact = await Flow.LogContactAsync();
        var one = World.A.ConstituentsOf(World.A.Deputy).Skip(2).First();

        var response = await ReviseAsync(contact, Revision([one.Id], ["机耕道塌方一处", "路灯仍未修复", "新增：垃圾清运不及时"], otherPerson: "村民组长王某"));

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(contact.ETag, response.ETag());
        var json = await response.JsonAsync();
        Assert.Equal("2026-06-11", json.GetProperty("contactedOn").GetString());
        Assert.Equal("Phone", json.GetProperty("channel").GetString());
        Assert.Equal("村民组长王某", json.GetProperty("otherPerson").GetString());
        Assert.Equal("电话回访，核实机耕道损毁情况。", json.GetProperty("summary").GetString());
        Assert.Equal([(one.Id, one.Name)], json.GetProperty("constituents").EnumerateArray().Select(c => (c.GetProperty("id").GetGuid(), c.GetProperty("name").GetString()!)));
        Assert.Equal(["机耕道塌方一处", "路灯仍未修复", "新增：垃圾清运不及时"], json.GetProperty("concerns").EnumerateArray().Select(c => c.GetProperty("text").GetString()));

        var fetched = await Flow.GetContactAsync(contact.Id, user: "deputy.a");
        Assert.Equal(response.ETag(), fetched.ETag);
        Assert.Equal(3, fetched.Json.GetProperty("concerns").GetArrayLength());
        Assert.Equal(1, fetched.Json.GetProperty("constituents").GetArrayLength());
    }

    [Fact]
    public async Task Revise_AsSecretary_AnyEntryOfTheTownship_IsAccepted()
    {
        var contact = await Flow.LogContactAsync();

        var response = await ReviseAsync(contact, Revision(World.A.ConstituentsOf(World.A.Deputy).Take(1).Select(c => c.Id), []), "secretary.a");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(0, (await response.JsonAsync()).GetProperty("concerns").GetArrayLength());
        Assert.Equal(World.A.Deputy.Id, (await response.JsonAsync()).GetProperty("deputyId").GetGuid());
    }

    [Theory]
    [InlineData("deputy2.a")]
    [InlineData("secretary.b")]
    [InlineData("deputy.b")]
    public async Task Revise_EntryOutOfScope_IsNotFoundAndChangesNothing(string user)
    {
        var contact = await Flow.LogContactAsync();

        var response = await ReviseAsync(contact, Revision([], ["x"], otherPerson: "某人"), user);

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(contact.ETag, (await Flow.GetContactAsync(contact.Id)).ETag);
    }

    [Fact]
    public async Task Revise_WithStaleETag_IsPreconditionFailed()
    {
        var contact = await Flow.LogContactAsync();
        await (await ReviseAsync(contact, Revision([], ["a"], otherPerson: "某人"))).ShouldBe(HttpStatusCode.OK);

        var stale = await ReviseAsync(contact, Revision([], ["b"], otherPerson: "某人"));

        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal(["a"], (await Flow.GetContactAsync(contact.Id)).Json.GetProperty("concerns").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Revise_WithoutIfMatch_IsPreconditionRequired()
    {
        var contact = await Flow.LogContactAsync();

        var response = await (await As("deputy.a")).SendJsonAsync(HttpMethod.Put, $"{Url}/{contact.Id}", Revision([], [], otherPerson: "某人"));

        await response.ShouldBe(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Revise_WithAnotherDeputysConstituent_IsRefused()
    {
        var contact = await Flow.LogContactAsync();
        var theirs = World.A.ConstituentsOf(World.A.OtherDeputy).First();

        foreach (var user in new[] { "deputy.a", "secretary.a" })
        {
            var response = await ReviseAsync(contact, Revision([theirs.Id], []), user);

            await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
            Assert.Contains("constituentIds:ContactOwnConstituents", await response.FieldRulesAsync());
        }
    }

    [Theory]
    [InlineData("2026-06-16", "contactedOn:ContactNotInFuture")]
    [InlineData("0001-01-01", "contactedOn:Required")]
    public async Task Revise_WithBadDate_IsRefused(string contactedOn, string fieldRule)
    {
        var contact = await Flow.LogContactAsync();

        var response = await ReviseAsync(contact, Revision([], [], contactedOn, otherPerson: "某人"));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(fieldRule, await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Revise_WithTooManyConcernsOrNobody_IsRefused()
    {
        var contact = await Flow.LogContactAsync();

        var tooMany = await ReviseAsync(contact, Revision([], Enumerable.Range(1, 21).Select(i => $"问题{i}").ToArray(), otherPerson: "某人"));
        var nobody = await ReviseAsync(contact, Revision([], ["问题"]));

        await tooMany.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("concerns:ConcernsWithinLimit", await tooMany.FieldRulesAsync());
        await nobody.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("constituentIds:ContactNamesSomeone", await nobody.FieldRulesAsync());
    }

    [Fact]
    public async Task Revise_AfterConstituentReassigned_MayStillNameThem()
    {
        var contact = await Flow.LogContactAsync();
        var constituent = World.A.ConstituentsOf(World.A.Deputy).First();
        var secretary = await As("secretary.a");
        var etag = (await secretary.GetAsync($"/api/v1/constituents/{constituent.Id}")).ETag();
        await (await secretary.SendJsonAsync(
            HttpMethod.Post, $"/api/v1/constituents/{constituent.Id}/reassign", new { deputyId = World.A.OtherDeputy.Id }, etag)).ShouldBe(HttpStatusCode.OK);

        var response = await ReviseAsync(contact, Revision([constituent.Id], ["仍然记得"]));

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal([constituent.Name], (await response.JsonAsync()).GetProperty("constituents").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("dropped")]
    [InlineData("changed")]
    [InlineData("moved")]
    public async Task Revise_DroppingOrChangingAConcernThatBecameAProposal_IsConflictAndChangesNothing(string how)
    {
        var contact = await Flow.LogContactAsync();
        await Flow.ConcernToProposalAsync(contact, contact.ConcernId(ProposalFlow.RoadConcern));
        var current = await Flow.GetContactAsync(contact.Id, user: "deputy.a");
        var road = current.Json.GetProperty("concerns").EnumerateArray().First().GetProperty("text").GetString();
        Assert.Equal(ProposalFlow.RoadConcern, road); // the first concern, position 1
        string[] concerns = how switch
        {
            "dropped" => [ProposalFlow.LampConcern],
            "changed" => [ProposalFlow.RoadConcern + "（已改）", ProposalFlow.LampConcern],
            _ => [ProposalFlow.LampConcern, ProposalFlow.RoadConcern],
        };

        var response = await ReviseAsync(current, Revision(World.A.ConstituentsOf(World.A.Deputy).Take(1).Select(c => c.Id), concerns));

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("ConcernWithProposalIsKept", await response.RuleAsync());
        var after = await Flow.GetContactAsync(contact.Id, user: "deputy.a");
        Assert.Equal(current.ETag, after.ETag);
        Assert.Equal(2, after.Json.GetProperty("constituents").GetArrayLength());
    }

    [Fact]
    public async Task Revise_KeepingTheConcernThatBecameAProposal_ChangesTheOthersAndKeepsTheLink()
    {
        var contact = await Flow.LogContactAsync();
        var roadId = contact.ConcernId(ProposalFlow.RoadConcern);
        var proposal = await Flow.ConcernToProposalAsync(contact, roadId);
        var current = await Flow.GetContactAsync(contact.Id, user: "deputy.a");

        var response = await ReviseAsync(current, Revision(World.A.ConstituentsOf(World.A.Deputy).Take(2).Select(c => c.Id), [ProposalFlow.RoadConcern, "路灯已修好，改为反映垃圾清运", "新增问题"]));

        await response.ShouldBe(HttpStatusCode.OK);
        var concerns = (await response.JsonAsync()).GetProperty("concerns").EnumerateArray().ToList();
        Assert.Equal([ProposalFlow.RoadConcern, "路灯已修好，改为反映垃圾清运", "新增问题"], concerns.Select(c => c.GetProperty("text").GetString()));
        Assert.Equal(roadId, concerns[0].GetProperty("id").GetGuid());
        Assert.Equal(proposal.Id, concerns[0].GetProperty("proposalId").GetGuid());
        Assert.All(concerns.Skip(1), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("proposalId").ValueKind));
    }

    [Theory]
    [InlineData("deputy.a")]
    [InlineData("secretary.a")]
    public async Task Remove_OwnOrTownshipEntry_IsGone(string user)
    {
        var contact = await Flow.LogContactAsync();

        var response = await RemoveAsync(contact, user);

        await response.ShouldBe(HttpStatusCode.NoContent);
        await (await (await As("secretary.a")).GetAsync($"{Url}/{contact.Id}")).ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal((0, 0, 0), await RowCountsAsync());
    }

    [Theory]
    [InlineData("deputy2.a")]
    [InlineData("secretary.b")]
    public async Task Remove_EntryOutOfScope_IsNotFoundAndKeepsIt(string user)
    {
        var contact = await Flow.LogContactAsync();

        var response = await RemoveAsync(contact, user);

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal((1, 2, 2), await RowCountsAsync());
    }

    [Fact]
    public async Task Remove_WithStaleETag_IsPreconditionFailed_AndWithoutIfMatch_PreconditionRequired()
    {
        var contact = await Flow.LogContactAsync();
        await (await ReviseAsync(contact, Revision([], [], otherPerson: "某人"))).ShouldBe(HttpStatusCode.OK);

        var stale = await RemoveAsync(contact);
        var without = await (await As("deputy.a")).SendJsonAsync(HttpMethod.Delete, $"{Url}/{contact.Id}", null);

        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        await without.ShouldBe(HttpStatusCode.PreconditionRequired);
        Assert.Equal(1, (await RowCountsAsync()).Contacts);
    }

    [Fact]
    public async Task Remove_WhenAConcernBecameAProposal_IsConflict()
    {
        var contact = await Flow.LogContactAsync();
        await Flow.ConcernToProposalAsync(contact, contact.ConcernId(ProposalFlow.LampConcern));
        var current = await Flow.GetContactAsync(contact.Id, user: "deputy.a");

        var response = await RemoveAsync(current, "secretary.a");

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("ContactWithProposalIsKept", await response.RuleAsync());
        Assert.Equal((1, 2, 2), await RowCountsAsync());
    }

    private async Task<HttpResponseMessage> ReviseAsync(ContactHandle contact, object body, string user = "deputy.a") =>
        await (await As(user)).SendJsonAsync(HttpMethod.Put, $"{Url}/{contact.Id}", body, contact.ETag);

    private async Task<HttpResponseMessage> RemoveAsync(ContactHandle contact, string user = "deputy.a") =>
        await (await As(user)).SendJsonAsync(HttpMethod.Delete, $"{Url}/{contact.Id}", null, contact.ETag);

    /// <summary>Rows of contacts, their named constituents and their concerns, straight from the database.</summary>
    private async Task<(int Contacts, int Constituents, int Concerns)> RowCountsAsync()
    {
        using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var contacts = await db.ConstituentContacts.IgnoreQueryFilters().ToListAsync();
        return (contacts.Count, contacts.Sum(c => c.Constituents.Count), contacts.Sum(c => c.Concerns.Count));
    }
}
