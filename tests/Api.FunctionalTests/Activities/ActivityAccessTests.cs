using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Activities.ActivityFlow;

namespace DeputyPortal.Api.FunctionalTests.Activities;

/// <summary>
/// Who may do what with activities: every signed-in user reads, scoped (a deputy: own or their groups'; a unit
/// officer: their unit's); only the township's own secretary writes; another township's activity is not found.
/// </summary>
public sealed class ActivityAccessTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Anonymous = "anonymous";

    /// <summary>The writers' answers: the township's secretary succeeds (last, so the others see the same record), the other township's is told "not found", every other role is forbidden.</summary>
    private static readonly (string User, HttpStatusCode Status)[] WriteMatrix =
    [
        (Anonymous, HttpStatusCode.Unauthorized),
        ("admin", HttpStatusCode.Forbidden),
        ("county", HttpStatusCode.Forbidden),
        ("secretary.b", HttpStatusCode.NotFound),
        ("presidium.a", HttpStatusCode.Forbidden),
        ("deputy.a", HttpStatusCode.Forbidden),
        ("deputy2.a", HttpStatusCode.Forbidden),
        ("unit.a", HttpStatusCode.Forbidden),
        ("unit.b", HttpStatusCode.Forbidden),
    ];

    private ActivityFlow Flow => new(Portal);

    /// <summary>Township A's activity with deputy.a alone, looking at unit.a's unit, organized by no group.</summary>
    private Task<RecordedActivity> DeputyAsActivityAsync() =>
        Flow.RecordAsync(Flow.Body(participants: [Present(World.A.Deputy.Id)], unitIds: [World.A.Units[0].Id]));

    /// <summary>Township A's group activity (deputy.a and deputy2.a are members) that only the fifth deputy attended, looking at the second unit.</summary>
    private Task<RecordedActivity> GroupActivityAsync() =>
        Flow.RecordAsync(Flow.Body(kind: "Training", title: "小组学习培训", groupId: World.A.Group.Id, participants: [Present(World.A.Deputies[4].Id)], unitIds: [World.A.Units[1].Id]));

    [Fact]
    public async Task Get_AnswersEachRoleByScope()
    {
        var activity = await DeputyAsActivityAsync();
        var expected = new Dictionary<string, HttpStatusCode>
        {
            [Anonymous] = HttpStatusCode.Unauthorized,
            ["admin"] = HttpStatusCode.OK,
            ["county"] = HttpStatusCode.OK,
            ["secretary.a"] = HttpStatusCode.OK,
            ["secretary.b"] = HttpStatusCode.NotFound,
            ["presidium.a"] = HttpStatusCode.OK,
            ["deputy.a"] = HttpStatusCode.OK,
            ["deputy2.a"] = HttpStatusCode.NotFound,
            ["unit.a"] = HttpStatusCode.OK,
            ["unit.b"] = HttpStatusCode.NotFound,
        };

        foreach (var (user, status) in expected)
        {
            await Expect(user, status, "GET activity", await (await ClientAsync(user)).GetAsync(activity.Url));
        }
    }

    [Fact]
    public async Task List_ShowsEachRoleOnlyTheActivitiesInScope()
    {
        var own = await DeputyAsActivityAsync();
        var group = await GroupActivityAsync();
        var ofB = await Flow.RecordAsync(Flow.Body(World.B), "secretary.b");
        var expected = new Dictionary<string, Guid[]>
        {
            ["admin"] = [own.Id, group.Id, ofB.Id],
            ["county"] = [own.Id, group.Id, ofB.Id],
            ["secretary.a"] = [own.Id, group.Id],
            ["secretary.b"] = [ofB.Id],
            ["presidium.a"] = [own.Id, group.Id],
            ["deputy.a"] = [own.Id, group.Id],
            ["deputy2.a"] = [group.Id],
            ["unit.a"] = [own.Id],
            ["unit.b"] = [ofB.Id],
        };

        foreach (var (user, ids) in expected)
        {
            var response = await (await As(user)).GetAsync(ActivitiesRoute);
            await response.ShouldBe(HttpStatusCode.OK);
            var page = await response.JsonAsync();
            Assert.True(
                ids.Order().SequenceEqual(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).Order()),
                $"{user} saw the wrong activities");
            Assert.Equal(ids.Length, page.GetProperty("totalCount").GetInt32());
        }

        await Expect(Anonymous, HttpStatusCode.Unauthorized, "GET activities", await Portal.CreateClient().GetAsync(ActivitiesRoute));
    }

    [Fact]
    public async Task UnitOfficer_SeesAnActivityOnceItGivesTheirUnitARectificationItem()
    {
        var group = await GroupActivityAsync();
        var unit = await As("unit.a");
        await (await unit.GetAsync(group.Url)).ShouldBe(HttpStatusCode.NotFound);

        await Flow.AddItemAsync(group, Item(World.A.Units[0].Id, new DateOnly(2026, 7, 1)));

        await (await unit.GetAsync(group.Url)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(1, (await (await unit.GetAsync($"{ActivitiesRoute}?hasOpenRectification=true")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Record_OnlyTheTownshipsSecretary()
    {
        foreach (var (user, status) in WriteMatrix)
        {
            var response = await (await ClientAsync(user)).PostAsJsonAsync(ActivitiesRoute, Flow.Body());
            await Expect(user, status, "POST activity", response);
        }

        Assert.Equal(0, await Flow.CountAsync());
        await Expect("secretary.a", HttpStatusCode.Created, "POST activity", await (await As("secretary.a")).PostAsJsonAsync(ActivitiesRoute, Flow.Body()));
    }

    [Fact]
    public async Task Revise_OnlyTheTownshipsSecretary()
    {
        var activity = await DeputyAsActivityAsync();

        foreach (var (user, status) in WriteMatrix.Append(("secretary.a", HttpStatusCode.OK)))
        {
            var response = await (await ClientAsync(user)).SendJsonAsync(HttpMethod.Put, activity.Url, Flow.Body(title: $"{user}修改"), activity.ETag);
            await Expect(user, status, "PUT activity", response);
        }

        Assert.Equal("secretary.a修改", (await (await (await As("county")).GetAsync(activity.Url)).JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task AddRectificationItem_OnlyTheTownshipsSecretary()
    {
        var activity = await DeputyAsActivityAsync();

        foreach (var (user, status) in WriteMatrix.Append(("secretary.a", HttpStatusCode.Created)))
        {
            var response = await (await ClientAsync(user)).SendJsonAsync(
                HttpMethod.Post, $"{activity.Url}/rectification-items", Item(World.A.Units[0].Id, new DateOnly(2026, 7, 1), $"{user}的整改事项"), activity.ETag);
            await Expect(user, status, "POST rectification item", response);
        }

        var items = (await (await (await As("county")).GetAsync(activity.Url)).JsonAsync()).GetProperty("rectificationItems");
        Assert.Equal("secretary.a的整改事项", Assert.Single(items.EnumerateArray()).GetProperty("description").GetString());
    }

    [Fact]
    public async Task ChangeRectificationItem_OnlyTheTownshipsSecretary()
    {
        var activity = await Flow.AddItemAsync(await DeputyAsActivityAsync(), Item(World.A.Units[0].Id, new DateOnly(2026, 7, 1)));
        var itemUrl = $"{activity.Url}/rectification-items/{activity.Json.GetProperty("rectificationItems")[0].GetProperty("id").GetGuid()}";

        foreach (var (user, status) in WriteMatrix.Append(("secretary.a", HttpStatusCode.OK)))
        {
            var response = await (await ClientAsync(user)).SendJsonAsync(
                HttpMethod.Put, itemUrl, Item(World.A.Units[0].Id, new DateOnly(2026, 7, 1), $"{user}改过", status: "InProgress"), activity.ETag);
            await Expect(user, status, "PUT rectification item", response);
        }

        var item = (await (await (await As("county")).GetAsync(activity.Url)).JsonAsync()).GetProperty("rectificationItems")[0];
        Assert.Equal(("secretary.a改过", "InProgress"), (item.GetProperty("description").GetString(), item.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Ledger_ForOfficeRolesOnly()
    {
        await DeputyAsActivityAsync();
        var expected = new Dictionary<string, HttpStatusCode>
        {
            [Anonymous] = HttpStatusCode.Unauthorized,
            ["admin"] = HttpStatusCode.Forbidden,
            ["county"] = HttpStatusCode.OK,
            ["secretary.a"] = HttpStatusCode.OK,
            ["secretary.b"] = HttpStatusCode.OK,
            ["presidium.a"] = HttpStatusCode.OK,
            ["deputy.a"] = HttpStatusCode.Forbidden,
            ["deputy2.a"] = HttpStatusCode.Forbidden,
            ["unit.a"] = HttpStatusCode.Forbidden,
            ["unit.b"] = HttpStatusCode.Forbidden,
        };

        foreach (var (user, status) in expected)
        {
            await Expect(user, status, "GET ledger", await (await ClientAsync(user)).GetAsync($"{ActivitiesRoute}/ledger.xlsx"));
        }
    }

    private async Task<HttpClient> ClientAsync(string user) => user == Anonymous ? Portal.CreateClient() : await As(user);

    private static async Task Expect(string user, HttpStatusCode expected, string action, HttpResponseMessage response)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{action} as {user}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
