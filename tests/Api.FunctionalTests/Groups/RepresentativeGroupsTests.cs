using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Groups;

public sealed class RepresentativeGroupsTests(PortalFactory portal) : PortalTest(portal)
{
    private object NewGroup(string name, IEnumerable<Guid> members, Guid leader, Guid? liaison = null, Guid? termId = null) =>
        new { termId = termId ?? World.A.Term.Id, name, memberDeputyIds = members.ToArray(), leaderDeputyId = leader, liaisonPresidiumMemberId = liaison };

    private object Reorganization(string name, IEnumerable<Guid> members, Guid leader, Guid? liaison = null) =>
        new { name, memberDeputyIds = members.ToArray(), leaderDeputyId = leader, liaisonPresidiumMemberId = liaison };

    private static List<Guid> MemberIds(JsonElement group) =>
        group.GetProperty("memberDeputyIds").EnumerateArray().Select(m => m.GetGuid()).Order().ToList();

    private static List<Guid> Ids(IEnumerable<Guid> ids) => ids.Order().ToList();

    private string GroupUrl => $"/api/v1/groups/{World.A.Group.Id}";

    [Fact]
    public async Task List_AsSecretary_ShowsOwnGroupWithMembersLeaderAndLiaison()
    {
        var client = await As("secretary.a");

        var page = await (await client.GetAsync("/api/v1/groups")).JsonAsync();

        var group = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("甲第一代表小组", group.GetProperty("name").GetString());
        Assert.Equal(World.A.Term.Id, group.GetProperty("termId").GetGuid());
        Assert.Equal(World.A.Deputy.Id, group.GetProperty("leaderDeputyId").GetGuid());
        Assert.Equal(World.A.Chair.Id, group.GetProperty("liaisonPresidiumMemberId").GetGuid());
        Assert.Equal(Ids(World.A.Deputies.Take(4).Select(d => d.Id)), MemberIds(group));
    }

    [Fact]
    public async Task List_AsCountyStaff_ShowsEveryTownship()
    {
        var client = await As("county");

        var page = await (await client.GetAsync("/api/v1/groups")).JsonAsync();
        var ofB = await (await client.GetAsync($"/api/v1/groups?townshipId={World.B.Township.Id}")).JsonAsync();

        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(World.B.Group.Id, Assert.Single(ofB.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task List_ByMemberDeputy_ShowsOnlyTheirGroups()
    {
        var client = await As("secretary.a");
        var formed = await client.PostAsJsonAsync(
            "/api/v1/groups", NewGroup("甲第二代表小组", [World.A.Deputies[4].Id, World.A.Deputies[5].Id], World.A.Deputies[4].Id));
        await formed.ShouldBe(HttpStatusCode.Created);

        async Task<List<string?>> GroupsOf(Guid deputyId) =>
            (await (await client.GetAsync($"/api/v1/groups?memberDeputyId={deputyId}")).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ToList();

        Assert.Equal(["甲第二代表小组"], await GroupsOf(World.A.Deputies[4].Id));
        Assert.Equal(["甲第一代表小组"], await GroupsOf(World.A.Deputies[0].Id));
        Assert.Empty(await GroupsOf(World.B.Deputies[0].Id));
    }

    [Fact]
    public async Task List_PagesAndSortsByName()
    {
        var client = await As("secretary.a");
        foreach (var n in new[] { "丙", "丁" })
        {
            await (await client.PostAsJsonAsync("/api/v1/groups", NewGroup($"{n}组", [World.A.Deputies[4].Id], World.A.Deputies[4].Id)))
                .ShouldBe(HttpStatusCode.Created);
        }

        var firstPage = await (await client.GetAsync("/api/v1/groups?pageSize=2&sort=name")).JsonAsync();
        var secondPage = await (await client.GetAsync("/api/v1/groups?pageSize=2&page=2&sort=name")).JsonAsync();
        var descending = await (await client.GetAsync("/api/v1/groups?pageSize=1&sort=-name")).JsonAsync();

        Assert.Equal(3, secondPage.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, firstPage.GetProperty("items").GetArrayLength());
        var names = firstPage.GetProperty("items").EnumerateArray().Concat(secondPage.GetProperty("items").EnumerateArray())
            .Select(g => g.GetProperty("name").GetString()).ToList();
        Assert.Equal(new[] { "甲第一代表小组", "丙组", "丁组" }.Order(StringComparer.Ordinal), names);
        Assert.Equal(names[^1], Assert.Single(descending.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_AnotherTownshipsGroup_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync($"/api/v1/groups/{World.B.Group.Id}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_AsDeputy_CarriesETagAndMembers()
    {
        var client = await As("deputy.a");

        var response = await client.GetAsync(GroupUrl);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Matches("^\"\\d+\"$", response.ETag());
        Assert.Equal(4, (await response.JsonAsync()).GetProperty("memberDeputyIds").GetArrayLength());
    }

    [Fact]
    public async Task Form_AsSecretary_CreatesTheGroup()
    {
        var client = await As("secretary.a");
        var members = new[] { World.A.Deputies[4].Id, World.A.Deputies[5].Id };

        var response = await client.PostAsJsonAsync("/api/v1/groups", NewGroup(" 甲第二代表小组 ", members, World.A.Deputies[5].Id, World.A.Chair.Id));

        await response.ShouldBe(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        Assert.Equal($"/api/v1/groups/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        var fetched = await client.GetAsync(response.Headers.Location);
        Assert.Equal(response.ETag(), fetched.ETag());
        var json = await fetched.JsonAsync();
        Assert.Equal("甲第二代表小组", json.GetProperty("name").GetString());
        Assert.Equal(World.A.Township.Id, json.GetProperty("townshipId").GetGuid());
        Assert.Equal(World.A.Deputies[5].Id, json.GetProperty("leaderDeputyId").GetGuid());
        Assert.Equal(World.A.Chair.Id, json.GetProperty("liaisonPresidiumMemberId").GetGuid());
        Assert.Equal(Ids(members), MemberIds(json));
    }

    [Fact]
    public async Task Form_WithMemberOfAnotherTownship_IsRefusedNamingTheRule()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync(
            "/api/v1/groups", NewGroup("混合小组", [World.A.Deputies[4].Id, World.B.Deputies[4].Id], World.A.Deputies[4].Id));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("memberDeputyIds:GroupMembersOfSameTownshipAndTerm", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Form_WithLeaderWhoIsNoMember_IsRefusedNamingTheRule()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync(
            "/api/v1/groups", NewGroup("甲第二代表小组", [World.A.Deputies[4].Id], World.A.Deputies[5].Id));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("leaderDeputyId:GroupLeaderIsMember", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Form_WithoutMembersOrName_IsRefusedNamingEachField()
    {
        var client = await As("secretary.a");

        var noName = await client.PostAsJsonAsync("/api/v1/groups", NewGroup("", [World.A.Deputies[4].Id], World.A.Deputies[4].Id));
        var noMembers = await client.PostAsJsonAsync("/api/v1/groups", NewGroup("空小组", [], World.A.Deputies[4].Id));

        await noName.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("name:Required", await noName.FieldRulesAsync());
        await noMembers.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("memberDeputyIds:GroupHasMembers", await noMembers.FieldRulesAsync());
    }

    [Fact]
    public async Task Form_InAnotherTownshipsTerm_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync(
            "/api/v1/groups", NewGroup("乙新小组", [World.B.Deputies[4].Id], World.B.Deputies[4].Id, termId: World.B.Term.Id));

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Form_WithLiaisonOfAnotherTownship_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync(
            "/api/v1/groups", NewGroup("甲第二代表小组", [World.A.Deputies[4].Id], World.A.Deputies[4].Id, World.B.Chair.Id));

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Form_WithNameTakenInTheTerm_IsConflict()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/groups", NewGroup("甲第一代表小组", [World.A.Deputies[4].Id], World.A.Deputies[4].Id));

        await response.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("county")]
    [InlineData("admin")]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task Form_ByRoleOtherThanSecretary_IsForbidden(string userName)
    {
        var client = await As(userName);

        var response = await client.PostAsJsonAsync("/api/v1/groups", NewGroup("甲第二代表小组", [World.A.Deputies[4].Id], World.A.Deputies[4].Id));

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Form_RetriedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("secretary.a");
        var body = NewGroup("甲第二代表小组", [World.A.Deputies[4].Id], World.A.Deputies[4].Id);

        var first = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/groups", body, idempotencyKey: "group-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/groups", body, idempotencyKey: "group-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(2, (await (await client.GetAsync("/api/v1/groups")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Reorganize_MembersOnly_ReplacesThemAndIssuesNewETag()
    {
        var client = await As("secretary.a");
        var etag = (await client.GetAsync(GroupUrl)).ETag();
        var members = new[] { World.A.Deputies[0].Id, World.A.Deputies[4].Id, World.A.Deputies[5].Id };

        var response = await client.SendJsonAsync(
            HttpMethod.Put, GroupUrl, Reorganization("甲第一代表小组", members, World.A.Deputy.Id, World.A.Chair.Id), etag);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(etag, response.ETag());
        var fetched = await client.GetAsync(GroupUrl);
        Assert.Equal(response.ETag(), fetched.ETag());
        Assert.Equal(Ids(members), MemberIds(await fetched.JsonAsync()));
    }

    [Fact]
    public async Task Reorganize_WithETagFromBeforeAMembersOnlyChange_IsPreconditionFailed()
    {
        var client = await As("secretary.a");
        var etag = (await client.GetAsync(GroupUrl)).ETag();
        await (await client.SendJsonAsync(
            HttpMethod.Put, GroupUrl, Reorganization("甲第一代表小组", [World.A.Deputy.Id], World.A.Deputy.Id, World.A.Chair.Id), etag))
            .ShouldBe(HttpStatusCode.OK);

        var stale = await client.SendJsonAsync(
            HttpMethod.Put, GroupUrl, Reorganization("甲第一代表小组", [World.A.Deputy.Id, World.A.OtherDeputy.Id], World.A.Deputy.Id), etag);

        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal([World.A.Deputy.Id], MemberIds(await (await client.GetAsync(GroupUrl)).JsonAsync()));
    }

    [Fact]
    public async Task Reorganize_ChangesLeaderAndDropsLiaison()
    {
        var client = await As("secretary.a");
        var members = World.A.Deputies.Take(4).Select(d => d.Id).ToArray();

        var response = await client.SendJsonAsync(
            HttpMethod.Put, GroupUrl, Reorganization("甲第一小组", members, World.A.Deputies[3].Id), (await client.GetAsync(GroupUrl)).ETag());

        await response.ShouldBe(HttpStatusCode.OK);
        var json = await (await client.GetAsync(GroupUrl)).JsonAsync();
        Assert.Equal("甲第一小组", json.GetProperty("name").GetString());
        Assert.Equal(World.A.Deputies[3].Id, json.GetProperty("leaderDeputyId").GetGuid());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("liaisonPresidiumMemberId").ValueKind);
    }

    [Fact]
    public async Task Reorganize_WithLeaderWhoIsNoMember_IsRefusedAndChangesNothing()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(
            HttpMethod.Put, GroupUrl, Reorganization("甲第一代表小组", [World.A.Deputies[1].Id], World.A.Deputy.Id), (await client.GetAsync(GroupUrl)).ETag());

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("leaderDeputyId:GroupLeaderIsMember", await response.FieldRulesAsync());
        Assert.Equal(4, (await (await client.GetAsync(GroupUrl)).JsonAsync()).GetProperty("memberDeputyIds").GetArrayLength());
    }

    [Fact]
    public async Task Reorganize_WithMemberOfAnotherTownship_IsRefusedNamingTheRule()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(
            HttpMethod.Put, GroupUrl, Reorganization("甲第一代表小组", [World.A.Deputy.Id, World.B.Deputy.Id], World.A.Deputy.Id), (await client.GetAsync(GroupUrl)).ETag());

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("memberDeputyIds:GroupMembersOfSameTownshipAndTerm", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Reorganize_WithoutIfMatch_IsPreconditionRequired()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, GroupUrl, Reorganization("甲第一代表小组", [World.A.Deputy.Id], World.A.Deputy.Id));

        await response.ShouldBe(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Reorganize_AnotherTownshipsGroup_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(
            HttpMethod.Put, $"/api/v1/groups/{World.B.Group.Id}", Reorganization("乙第一代表小组", [World.B.Deputy.Id], World.B.Deputy.Id), "\"1\"");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reorganize_ByDeputy_IsForbidden()
    {
        var secretary = await As("secretary.a");
        var etag = (await secretary.GetAsync(GroupUrl)).ETag();
        var client = await As("deputy.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, GroupUrl, Reorganization("甲第一代表小组", [World.A.Deputy.Id], World.A.Deputy.Id), etag);

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }
}
