using System.Net;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Reviews;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// Every portal page, found from the application's own routes: it names the requests it serves (or is anonymous);
/// each role it does not admit, by those requests' [Authorize], gets the Chinese 403 page at the address it opened,
/// every role it admits gets the page; a record of another township is the Chinese 404 page, never a sign it exists.
/// </summary>
public sealed class PortalPageAccessTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public void EveryPage_NamesTheRequestsItServes_OrIsAnonymous()
    {
        foreach (var page in PortalPageCatalog.All(Portal))
        {
            Assert.True(page.Access is not null ^ page.IsAnonymous, $"{page.Route} ({page.Model.Name}) must carry [PortalPage(...)] or [AllowAnonymous], not both");
        }

        string[] anonymous = ["/account/login", "/account/logout", "/error/{code:int}"];
        Assert.Equal(anonymous.Order(), PortalPageCatalog.All(Portal).Where(p => p.IsAnonymous).Select(p => p.Route.ToLowerInvariant()).Order());
    }

    [Fact]
    public async Task EveryPage_RefusesEachRoleItDoesNotAdmit_WithTheChinese403Page_AndOpensForTheOthers()
    {
        var ids = new Dictionary<string, Guid> { ["id"] = World.A.Session.Id, ["deputyId"] = World.A.Deputy.Id };
        var refusals = new List<string>();
        foreach (var (user, role) in PortalPageCatalog.Accounts)
        {
            using var browser = await Portal.SignedInBrowserAsync(user);
            foreach (var page in PortalPageCatalog.All(Portal).Where(p => p.Access is not null))
            {
                var url = page.Url(name => (page.Route.StartsWith("/sessions/", StringComparison.Ordinal) || name == "deputyId" ? ids[name] : Guid.NewGuid()).ToString());
                using var response = await browser.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                if (page.Admits(role))
                {
                    Assert.True(
                        response.StatusCode is HttpStatusCode.OK || (page.Parameters.Count > 0 && response.StatusCode is HttpStatusCode.NotFound),
                        $"{user} ({role}) may use {page.Route} but got {(int)response.StatusCode}");
                    continue;
                }

                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user} ({role}) may not use {page.Route} but got {(int)response.StatusCode}");
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains("<h1>无权访问</h1>", body, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
                refusals.Add($"{user} {page.Route}");
            }
        }

        // The walk is not vacuous: the pages a role plainly may not use are among those refused.
        Assert.Contains("deputy.a /compliance", refusals);
        Assert.Contains("unit.a /profiles", refusals);
        Assert.Contains("secretary.a /me/profile", refusals);
        Assert.Contains("deputy.a /reviews/new", refusals);
        Assert.Contains("admin /feed", refusals);
    }

    [Fact]
    public async Task EveryPageWithARecord_AnswersAnotherTownshipsRecordWithTheChinese404Page()
    {
        var reviews = new ReviewFlow(Portal);
        var proposals = new ProposalFlow(Portal);
        var reviewA = await reviews.RecordAsync(reviews.Body());
        var reviewB = await reviews.RecordAsync(reviews.Body(World.B), "secretary.b");
        var proposalA = await proposals.DraftAsync();
        var proposalB = await proposals.DraftAsync(
            new { termId = World.B.Term.Id, sessionId = World.B.Session.Id, kind = "Suggestion", title = "关于修缮乙村道路的建议", content = "乙村道路年久失修，建议镇政府安排资金修缮。", category = "农业农村" },
            "deputy.b");
        var meetingA = await MeetingAsync("secretary.a", World.A);
        var meetingB = await MeetingAsync("secretary.b", World.B);
        var activities = new Activities.ActivityFlow(Portal);
        var activityA = (await activities.RecordAsync(activities.Body())).Id;
        var activityB = (await activities.RecordAsync(activities.Body(World.B), "secretary.b")).Id;

        var accountA = (await Portal.AccountAsync("secretary.a")).Id;

        // Each page that shows one record: the viewer, a record of their own township, and one of township B.
        var records = new Dictionary<string, (string User, Guid Own, Guid Other)>
        {
            ["/sessions/{id:guid}/attendance"] = ("secretary.a", World.A.Session.Id, World.B.Session.Id),
            ["/sessions/{id:guid}/dates"] = ("secretary.a", World.A.Session.Id, World.B.Session.Id),
            ["/profiles/{deputyId:guid}/archive"] = ("secretary.a", World.A.Deputy.Id, World.B.Deputy.Id),
            ["/reviews/{id:guid}"] = ("secretary.a", reviewA.Id, reviewB.Id),
            ["/reviews/{id:guid}/edit"] = ("secretary.a", reviewA.Id, reviewB.Id),
            ["/proposals/{id:guid}"] = ("deputy.a", proposalA.Id, proposalB.Id),
            ["/meetings/{id:guid}"] = ("secretary.a", meetingA, meetingB),
            ["/meetings/{id:guid}/edit"] = ("secretary.a", meetingA, meetingB),
            ["/activities/{id:guid}"] = ("secretary.a", activityA, activityB),
            ["/activities/{id:guid}/edit"] = ("secretary.a", activityA, activityB),
            ["/activities/{id:guid}/rectification"] = ("secretary.a", activityA, activityB),
            ["/deputies/{id:guid}"] = ("secretary.a", World.A.Deputy.Id, World.B.Deputy.Id),
            ["/deputies/{id:guid}/edit"] = ("secretary.a", World.A.Deputy.Id, World.B.Deputy.Id),
            ["/deputies/{id:guid}/terminate"] = ("secretary.a", World.A.Deputy.Id, World.B.Deputy.Id),
            ["/constituents/{id:guid}"] = ("secretary.a", World.A.Constituents[0].Id, World.B.Constituents[0].Id),
            ["/constituents/{id:guid}/edit"] = ("secretary.a", World.A.Constituents[0].Id, World.B.Constituents[0].Id),
            ["/constituents/{id:guid}/reassign"] = ("secretary.a", World.A.Constituents[0].Id, World.B.Constituents[0].Id),
            ["/units/{id:guid}/edit"] = ("secretary.a", World.A.Units[0].Id, World.B.Units[0].Id),
            ["/groups/{id:guid}"] = ("secretary.a", World.A.Group.Id, World.B.Group.Id),
            ["/groups/{id:guid}/edit"] = ("secretary.a", World.A.Group.Id, World.B.Group.Id),
            ["/admin/users/{id:guid}"] = ("admin", accountA, Guid.NewGuid()), // the administrator reads every account: no such one
        };

        foreach (var page in PortalPageCatalog.All(Portal).Where(p => p.Access is not null && p.Parameters.Count > 0))
        {
            Assert.True(records.ContainsKey(page.Route), $"{page.Route} shows a record: add to this test how to find one of township B");
            var (user, own, other) = records[page.Route];
            using var browser = await Portal.SignedInBrowserAsync(user);

            using var mine = await browser.GetAsync(page.Url(_ => own.ToString()));
            Assert.True(mine.StatusCode == HttpStatusCode.OK, $"{user} {page.Route} with their own record: {(int)mine.StatusCode}");

            using var theirs = await browser.GetAsync(page.Url(_ => other.ToString()));
            var body = await theirs.Content.ReadAsStringAsync();
            Assert.True(theirs.StatusCode == HttpStatusCode.NotFound, $"{user} {page.Route} with township B's record: {(int)theirs.StatusCode}");
            Assert.Equal("text/html", theirs.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<h1>页面不存在</h1>", body, StringComparison.Ordinal);
            Assert.DoesNotContain(other.ToString(), body, StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task<Guid> MeetingAsync(string secretary, TownWorld town) =>
        (await Meetings.Presidium.RecordOkAsync(await As(secretary), Meetings.Presidium.Meeting(town.Term.Id, [town.Chair.Id]))).Json.GetProperty("id").GetGuid();
}
