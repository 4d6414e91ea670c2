using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Contacts;

public sealed class ConstituentContactsTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Url = "/api/v1/constituent-contacts";

    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Log_AsDeputy_ForOwnConstituents_IsTheirsWithNamesAndConcerns()
    {
        var own = World.A.ConstituentsOf(World.A.Deputy).Take(2).ToList();

        var response = await (await As("deputy.a")).PostAsJsonAsync(Url, Flow.Contact());

        await response.ShouldBe(HttpStatusCode.Created);
        var json = await response.JsonAsync();
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal($"{Url}/{id}", response.Headers.Location?.OriginalString);
        Assert.Matches("^\"\\d+\"$", response.ETag());
        Assert.Equal(World.A.Deputy.Id, json.GetProperty("deputyId").GetGuid());
        Assert.Equal(World.A.Township.Id, json.GetProperty("townshipId").GetGuid());
        Assert.Equal(World.A.Term.Id, json.GetProperty("termId").GetGuid());
        Assert.Equal("2026-06-10", json.GetProperty("contactedOn").GetString());
        Assert.Equal("Visit", json.GetProperty("channel").GetString());
        var constituents = json.GetProperty("constituents").EnumerateArray().ToList();
        Assert.Equal(own.Select(c => (c.Id, c.Name)).OrderBy(c => c.Id), constituents.Select(c => (c.GetProperty("id").GetGuid(), c.GetProperty("name").GetString()!)).OrderBy(c => c.Item1));
        Assert.All(constituents, c => Assert.Equal(["id", "name"], c.EnumerateObject().Select(p => p.Name)));
        var concerns = json.GetProperty("concerns").EnumerateArray().ToList();
        Assert.Equal([ProposalFlow.LampConcern, ProposalFlow.RoadConcern], concerns.Select(c => c.GetProperty("text").GetString()).Order());
        Assert.All(concerns, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("proposalId").ValueKind));
        Assert.DoesNotContain(own[0].Phone!, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Log_OtherPersonOnly_IsAccepted()
    {
        var body = new { contactedOn = "2026-06-12", channel = "WalkIn", otherPerson = "过路村民张某", summary = "来访反映集市占道问题。", concerns = new[] { "集市占道经营影响通行" } };

        var contact = await Flow.LogContactAsync(body);

        Assert.Equal("过路村民张某", contact.Json.GetProperty("otherPerson").GetString());
        Assert.Equal(0, contact.Json.GetProperty("constituents").GetArrayLength());
    }

    [Fact]
    public async Task Log_AsDeputy_ForAnotherDeputysConstituent_IsRefusedAndWritesNothing()
    {
        var others = World.A.ConstituentsOf(World.A.OtherDeputy).Take(1).Select(c => c.Id);

        var response = await (await As("deputy.a")).PostAsJsonAsync(Url, Flow.Contact(constituentIds: others));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("constituentIds:ContactOwnConstituents", await response.FieldRulesAsync());
        Assert.Equal(0, await ContactCountAsync());
    }

    [Theory]
    [InlineData("deputy.a")]
    [InlineData("secretary.a")]
    public async Task Log_ConstituentOfAnotherTownshipOrUnknown_IsRefusedByTheSameRule(string user)
    {
        var deputyId = user == "secretary.a" ? World.A.Deputy.Id : (Guid?)null;
        var ids = new[] { World.A.ConstituentsOf(World.A.Deputy).First().Id, World.B.Constituents[0].Id, Guid.NewGuid() };

        foreach (var id in ids.Skip(1))
        {
            var response = await (await As(user)).PostAsJsonAsync(Url, Flow.Contact(deputyId: deputyId, constituentIds: [ids[0], id]));

            await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
            Assert.Contains("constituentIds:ContactOwnConstituents", await response.FieldRulesAsync());
        }

        Assert.Equal(0, await ContactCountAsync());
    }

    [Fact]
    public async Task Log_AsSecretary_IsOnBehalfOfTheNamedDeputy()
    {
        var theirs = World.A.ConstituentsOf(World.A.OtherDeputy).Take(3).Select(c => c.Id).ToList();

        var contact = await Flow.LogContactAsync(
            Flow.Contact(channel: "ReceptionDay", deputyId: World.A.OtherDeputy.Id, constituentIds: theirs), user: "secretary.a");

        Assert.Equal(World.A.OtherDeputy.Id, contact.Json.GetProperty("deputyId").GetGuid());
        Assert.Equal("ReceptionDay", contact.Json.GetProperty("channel").GetString());
        Assert.Equal(3, contact.Json.GetProperty("constituents").GetArrayLength());
        await (await (await As("deputy2.a")).GetAsync($"{Url}/{contact.Id}")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Log_AsSecretary_ConstituentOfAnotherDeputy_IsRefused()
    {
        var notTheirs = World.A.ConstituentsOf(World.A.Deputy).Take(1).Select(c => c.Id);

        var response = await (await As("secretary.a")).PostAsJsonAsync(Url, Flow.Contact(deputyId: World.A.OtherDeputy.Id, constituentIds: notTheirs));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("constituentIds:ContactOwnConstituents", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Log_AsSecretary_WithoutDeputy_IsRefusedNamingTheField()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync(Url, Flow.Contact());

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("deputyId:DeputyRequired", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Log_AsSecretary_ForDeputyOfAnotherTownship_IsRefused()
    {
        var response = await (await As("secretary.a")).PostAsJsonAsync(
            Url, Flow.Contact(deputyId: World.B.Deputy.Id, constituentIds: World.B.ConstituentsOf(World.B.Deputy).Take(1).Select(c => c.Id)));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("deputyId:ContactByTownshipDeputy", await response.FieldRulesAsync());
        Assert.Equal(0, await ContactCountAsync());
    }

    [Fact]
    public async Task Log_AsDeputyNamingAnotherDeputy_IsForbidden()
    {
        var response = await (await As("deputy.a")).PostAsJsonAsync(Url, Flow.Contact(deputyId: World.A.OtherDeputy.Id));

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal("DeputiesLogTheirOwnContacts", await response.RuleAsync());
        Assert.Equal(0, await ContactCountAsync());
    }

    [Theory]
    [InlineData("county")]
    [InlineData("admin")]
    [InlineData("presidium.a")]
    [InlineData("unit.a")]
    public async Task Log_ByRolesThatDoNotLogContacts_IsForbidden(string user)
    {
        var response = await (await As(user)).PostAsJsonAsync(Url, Flow.Contact(deputyId: World.A.Deputy.Id));

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal(0, await ContactCountAsync());
    }

    [Fact]
    public async Task Log_WithBadFields_IsRefusedNamingEachField_AndWritesNothing()
    {
        var body = new
        {
            contactedOn = "2026-06-10",
            channel = "Visit",
            constituentIds = World.A.ConstituentsOf(World.A.Deputy).Take(1).Select(c => c.Id).ToArray(),
            otherPerson = new string('张', 21),
            summary = "",
            concerns = new[] { "", new string('问', 1_001), "正常的问题" },
        };

        var response = await (await As("deputy.a")).PostAsJsonAsync(Url, body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = await response.FieldRulesAsync();
        Assert.Contains("summary:Required", errors);
        Assert.Contains("otherPerson:MaxLength", errors);
        Assert.Contains("concerns[0]:Required", errors);
        Assert.Contains("concerns[1]:MaxLength", errors);
        Assert.DoesNotContain(errors, e => e.StartsWith("concerns[2]", StringComparison.Ordinal));
        Assert.Equal(0, await ContactCountAsync());
    }

    [Fact]
    public async Task Log_SummaryTooLongAndTooManyConcerns_IsRefused()
    {
        var body = new
        {
            contactedOn = "2026-06-10",
            channel = "Phone",
            otherPerson = "村民李某",
            summary = new string('情', 2_001),
            concerns = Enumerable.Range(1, 21).Select(i => $"问题{i}").ToArray(),
        };

        var response = await (await As("deputy.a")).PostAsJsonAsync(Url, body);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = await response.FieldRulesAsync();
        Assert.Contains("summary:MaxLength", errors);
        Assert.Contains("concerns:ConcernsWithinLimit", errors);
        Assert.Equal(0, await ContactCountAsync());
    }

    [Theory]
    [InlineData("2026-06-16", "contactedOn:ContactNotInFuture")]
    [InlineData("0001-01-01", "contactedOn:Required")]
    public async Task Log_WithBadDate_IsRefused(string contactedOn, string fieldRule)
    {
        var response = await (await As("deputy.a")).PostAsJsonAsync(Url, Flow.Contact(contactedOn: contactedOn));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(fieldRule, await response.FieldRulesAsync());
        Assert.Equal(0, await ContactCountAsync());
    }

    [Fact]
    public async Task Log_NamingNobody_IsRefused()
    {
        var response = await (await As("deputy.a")).PostAsJsonAsync(Url, Flow.Contact(constituentIds: []));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("constituentIds:ContactNamesSomeone", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Log_RetriedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("deputy.a");

        var first = await client.SendJsonAsync(HttpMethod.Post, Url, Flow.Contact(), idempotencyKey: "contact-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, Url, Flow.Contact(), idempotencyKey: "contact-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(1, await ContactCountAsync());
    }

    [Theory]
    [InlineData("deputy.a", HttpStatusCode.OK)]
    [InlineData("secretary.a", HttpStatusCode.OK)]
    [InlineData("presidium.a", HttpStatusCode.OK)]
    [InlineData("county", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("deputy2.a", HttpStatusCode.NotFound)]
    [InlineData("unit.a", HttpStatusCode.NotFound)]
    [InlineData("secretary.b", HttpStatusCode.NotFound)]
    [InlineData("deputy.b", HttpStatusCode.NotFound)]
    public async Task Get_IsScopedToWhoMayReadTheDeputysContacts(string user, HttpStatusCode expected)
    {
        var contact = await Flow.LogContactAsync();

        var response = await (await As(user)).GetAsync($"{Url}/{contact.Id}");

        await response.ShouldBe(expected);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(contact.ETag, response.ETag());
            Assert.Equal(2, (await response.JsonAsync()).GetProperty("concerns").GetArrayLength());
        }
    }

    [Fact]
    public async Task Get_AfterConstituentReassigned_StillNamesThem()
    {
        var contact = await Flow.LogContactAsync();
        var constituent = World.A.ConstituentsOf(World.A.Deputy).First();
        var secretary = await As("secretary.a");
        var etag = (await secretary.GetAsync($"/api/v1/constituents/{constituent.Id}")).ETag();
        var reassigned = await secretary.SendJsonAsync(
            HttpMethod.Post, $"/api/v1/constituents/{constituent.Id}/reassign", new { deputyId = World.A.OtherDeputy.Id }, etag);
        await reassigned.ShouldBe(HttpStatusCode.OK);

        var fetched = await Flow.GetContactAsync(contact.Id, user: "deputy.a");

        Assert.Contains(
            fetched.Json.GetProperty("constituents").EnumerateArray(),
            c => c.GetProperty("id").GetGuid() == constituent.Id && c.GetProperty("name").GetString() == constituent.Name);
    }

    [Fact]
    public async Task List_IsScopedAndFiltered()
    {
        var own = await Flow.LogContactAsync(Flow.Contact(contactedOn: "2026-06-01"));
        var ownByPhone = await Flow.LogContactAsync(Flow.Contact(contactedOn: "2026-06-12", channel: "Phone"));
        var others = await Flow.LogContactAsync(
            Flow.Contact(contactedOn: "2026-05-20", deputyId: World.A.OtherDeputy.Id, constituentIds: World.A.ConstituentsOf(World.A.OtherDeputy).Take(1).Select(c => c.Id)),
            user: "secretary.a");

        Assert.Equal([ownByPhone.Id, own.Id], await ListIdsAsync("deputy.a", string.Empty));
        Assert.Equal([others.Id], await ListIdsAsync("deputy2.a", string.Empty));
        Assert.Equal([ownByPhone.Id, own.Id, others.Id], await ListIdsAsync("secretary.a", string.Empty));
        Assert.Equal([others.Id, own.Id, ownByPhone.Id], await ListIdsAsync("county", "sort=contactedOn"));
        Assert.Equal([others.Id], await ListIdsAsync("secretary.a", $"deputyId={World.A.OtherDeputy.Id}"));
        Assert.Equal([ownByPhone.Id], await ListIdsAsync("secretary.a", "channel=Phone"));
        Assert.Equal([own.Id], await ListIdsAsync("secretary.a", "from=2026-05-21&to=2026-06-11"));
        Assert.Empty(await ListIdsAsync("deputy.a", $"deputyId={World.A.OtherDeputy.Id}"));
        Assert.Empty(await ListIdsAsync("unit.a", string.Empty));
        Assert.Empty(await ListIdsAsync("secretary.b", string.Empty));
    }

    [Fact]
    public async Task List_ShowsNamesAndConcernsOfEachEntry()
    {
        var contact = await Flow.LogContactAsync();

        var page = await (await (await As("secretary.a")).GetAsync(Url)).JsonAsync();

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(contact.Id, item.GetProperty("id").GetGuid());
        Assert.Equal(2, item.GetProperty("concerns").GetArrayLength());
        Assert.All(item.GetProperty("constituents").EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("name").GetString())));
    }

    [Theory]
    [InlineData("from=2026-06-10&to=2026-06-01", "to:FromBeforeTo")]
    [InlineData("sort=summary", "sort:SortKeyIsKnown")]
    public async Task List_WithBadQuery_IsRefusedNamingTheField(string queryString, string fieldRule)
    {
        var response = await (await As("secretary.a")).GetAsync($"{Url}?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(fieldRule, await response.FieldRulesAsync());
    }

    private async Task<List<Guid>> ListIdsAsync(string user, string queryString)
    {
        var response = await (await As(user)).GetAsync($"{Url}?{queryString}");
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }

    private async Task<int> ContactCountAsync()
    {
        using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ConstituentContacts.CountAsync();
    }
}
