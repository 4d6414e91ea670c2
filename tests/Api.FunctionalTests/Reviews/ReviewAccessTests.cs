using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Reviews.ReviewFlow;

namespace DeputyPortal.Api.FunctionalTests.Reviews;

/// <summary>
/// Who may do what with reviews: the township's secretary writes; the deputy reads their own and no other; presidium
/// members read their township's; county staff and administrators read all; unit officers see none; another
/// township's review is not found.
/// </summary>
public sealed class ReviewAccessTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Anonymous = "anonymous";

    /// <summary>The writers' answers: the other township's secretary is told "not found", every other role is forbidden.</summary>
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

    private ReviewFlow Flow => new(Portal);

    [Fact]
    public async Task Get_AnswersEachRoleByScope()
    {
        var review = await Flow.RecordAsync(Flow.Body());
        var expected = new Dictionary<string, HttpStatusCode>
        {
            [Anonymous] = HttpStatusCode.Unauthorized,
            ["admin"] = HttpStatusCode.OK,
            ["county"] = HttpStatusCode.OK,
            ["secretary.a"] = HttpStatusCode.OK,
            ["secretary.b"] = HttpStatusCode.NotFound,
            ["presidium.a"] = HttpStatusCode.OK,
            ["presidium.b"] = HttpStatusCode.NotFound,
            ["deputy.a"] = HttpStatusCode.OK,
            ["deputy2.a"] = HttpStatusCode.NotFound,
            ["deputy.b"] = HttpStatusCode.NotFound,
            ["unit.a"] = HttpStatusCode.NotFound,
            ["unit.b"] = HttpStatusCode.NotFound,
        };

        foreach (var (user, status) in expected)
        {
            await Expect(user, status, "GET review", await (await ClientAsync(user)).GetAsync(review.Url));
        }
    }

    [Fact]
    public async Task List_ShowsEachRoleOnlyTheReviewsInScope()
    {
        var own = await Flow.RecordAsync(Flow.Body());
        var other = await Flow.RecordAsync(Flow.Body(deputyId: World.A.OtherDeputy.Id));
        var ofB = await Flow.RecordAsync(Flow.Body(World.B), "secretary.b");
        var expected = new Dictionary<string, Guid[]>
        {
            ["admin"] = [own.Id, other.Id, ofB.Id],
            ["county"] = [own.Id, other.Id, ofB.Id],
            ["secretary.a"] = [own.Id, other.Id],
            ["secretary.b"] = [ofB.Id],
            ["presidium.a"] = [own.Id, other.Id],
            ["presidium.b"] = [ofB.Id],
            ["deputy.a"] = [own.Id],
            ["deputy2.a"] = [other.Id],
            ["deputy.b"] = [ofB.Id],
            ["unit.a"] = [],
            ["unit.b"] = [],
        };

        foreach (var (user, ids) in expected)
        {
            var response = await (await As(user)).GetAsync(ReviewsRoute);
            await response.ShouldBe(HttpStatusCode.OK);
            var page = await response.JsonAsync();
            Assert.True(
                ids.Order().SequenceEqual(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).Order()),
                $"{user} saw the wrong reviews");
            Assert.Equal(ids.Length, page.GetProperty("totalCount").GetInt32());
        }

        // A deputy asking for another deputy's reviews by filter still gets only their own (none of the other's).
        var asked = await (await (await As("deputy.a")).GetAsync($"{ReviewsRoute}?deputyId={World.A.OtherDeputy.Id}")).JsonAsync();
        Assert.Equal(0, asked.GetProperty("totalCount").GetInt32());
        await Expect(Anonymous, HttpStatusCode.Unauthorized, "GET reviews", await Portal.CreateClient().GetAsync(ReviewsRoute));
    }

    [Fact]
    public async Task Record_OnlyTheTownshipsSecretary()
    {
        foreach (var (user, status) in WriteMatrix)
        {
            var response = await (await ClientAsync(user)).PostAsJsonAsync(ReviewsRoute, Flow.Body());
            await Expect(user, status, "POST review", response);
        }

        Assert.Equal(0, await Flow.CountAsync());
        await Expect("secretary.a", HttpStatusCode.Created, "POST review", await (await As("secretary.a")).PostAsJsonAsync(ReviewsRoute, Flow.Body()));
    }

    [Fact]
    public async Task Revise_OnlyTheTownshipsSecretary()
    {
        var review = await Flow.RecordAsync(Flow.Body());

        foreach (var (user, status) in WriteMatrix.Append(("secretary.a", HttpStatusCode.OK)))
        {
            var response = await (await ClientAsync(user)).SendJsonAsync(HttpMethod.Put, review.Url, ForRevision(Flow.Body(reportText: $"{user}修改")), review.ETag);
            await Expect(user, status, "PUT review", response);
        }

        Assert.Equal("secretary.a修改", (await (await (await As("county")).GetAsync(review.Url)).JsonAsync()).GetProperty("reportText").GetString());
    }

    [Fact]
    public async Task Get_AnotherTownshipsReview_IsNotFound()
    {
        var ofB = await Flow.RecordAsync(Flow.Body(World.B), "secretary.b");

        await (await (await As("secretary.a")).GetAsync(ofB.Url)).ShouldBe(HttpStatusCode.NotFound);
        await (await (await As("secretary.a")).GetAsync($"{ReviewsRoute}/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Record_InAnotherTownshipsTerm_IsNotFound()
    {
        var body = Flow.Body();
        body["termId"] = World.B.Term.Id;

        await (await (await As("secretary.a")).PostAsJsonAsync(ReviewsRoute, body)).ShouldBe(HttpStatusCode.NotFound);
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
