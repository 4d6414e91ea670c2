using System.Net;
using System.Text.RegularExpressions;
using DeputyPortal.Api.FunctionalTests.Reviews;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// Every form that posts, on every portal page as a user who may use it, carries the anti-forgery token; a post
/// without it is refused (400, the Chinese page) and changes nothing.
/// </summary>
public sealed partial class PortalFormsTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task EveryPostingForm_OnEveryPage_CarriesTheAntiforgeryToken()
    {
        var review = await new ReviewFlow(Portal).RecordAsync(new ReviewFlow(Portal).Body());
        var proposal = await new DeputyPortal.Api.FunctionalTests.Proposals.ProposalFlow(Portal).SubmittedAsync();
        var meeting = (await Meetings.Presidium.RecordOkAsync(await As("secretary.a"), Meetings.Presidium.Meeting(World.A.Term.Id, [World.A.Chair.Id]))).Json.GetProperty("id").GetGuid();
        var activities = new DeputyPortal.Api.FunctionalTests.Activities.ActivityFlow(Portal);
        var activity = (await activities.RecordAsync(activities.Body())).Id;
        var ids = new Dictionary<string, Guid> { ["deputyId"] = World.A.Deputy.Id };
        var account = (await Portal.AccountAsync("secretary.a")).Id;
        var checkedForms = 0;
        var browsers = new Dictionary<string, HttpClient>();
        try
        {
            foreach (var page in PortalPageCatalog.All(Portal).Where(p => !p.Route.StartsWith("/error", StringComparison.Ordinal)))
            {
                var user = page.Access is null ? null : PortalPageCatalog.Accounts.First(a => page.Admits(a.Value)).Key;
                if (user is not null && !browsers.ContainsKey(user))
                {
                    browsers[user] = Portal.Browser(followRedirects: false);
                    await (await browsers[user].SignInAsync(user, PortalFactory.Password)).ShouldBe(HttpStatusCode.Redirect);
                }

                var url = page.Url(name => (ids.TryGetValue(name, out var id) ? id
                    : page.Route.StartsWith("/sessions/", StringComparison.Ordinal) ? World.A.Session.Id
                    : page.Route.StartsWith("/reviews/", StringComparison.Ordinal) ? review.Id
                    : page.Route.StartsWith("/proposals/", StringComparison.Ordinal) ? proposal.Id
                    : page.Route.StartsWith("/meetings/", StringComparison.Ordinal) ? meeting
                    : page.Route.StartsWith("/activities/", StringComparison.Ordinal) ? activity
                    : page.Route.StartsWith("/deputies/", StringComparison.Ordinal) ? World.A.Deputy.Id
                    : page.Route.StartsWith("/constituents/", StringComparison.Ordinal) ? World.A.Constituents[0].Id
                    : page.Route.StartsWith("/units/", StringComparison.Ordinal) ? World.A.Units[0].Id
                    : page.Route.StartsWith("/groups/", StringComparison.Ordinal) ? World.A.Group.Id
                    : page.Route.StartsWith("/admin/users/", StringComparison.Ordinal) ? account
                    : Guid.NewGuid()).ToString());
                var client = user is null ? Portal.Browser(followRedirects: false) : browsers[user];
                using var response = await client.GetAsync(url);
                if (page.Route == "/account/logout")
                {
                    continue; // posted to from every signed-in page's header; it has no page of its own
                }

                await response.ShouldBe(HttpStatusCode.OK);
                foreach (Match form in Form().Matches(await response.Content.ReadAsStringAsync()))
                {
                    if (form.Groups["attrs"].Value.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase))
                    {
                        Assert.True(form.Value.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal), $"a form on {url} has no anti-forgery token: {form.Value[..Math.Min(200, form.Value.Length)]}");
                        checkedForms++;
                    }
                }
            }
        }
        finally
        {
            foreach (var browser in browsers.Values)
            {
                browser.Dispose();
            }
        }

        Assert.True(checkedForms >= 20, $"only {checkedForms} posting forms were found");
    }

    [Fact]
    public async Task APostWithoutTheToken_IsRefusedWithTheChinesePage_AndRecordsNothing()
    {
        var flow = new ReviewFlow(Portal);
        using var browser = Portal.Browser(followRedirects: false);
        await (await browser.SignInAsync("secretary.a", PortalFactory.Password)).ShouldBe(HttpStatusCode.Redirect);

        using var response = await browser.PostAsync("/reviews/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DeputyId"] = World.A.Deputy.Id.ToString(),
            ["HeldOn"] = "2026-04-10",
            ["Form"] = "Oral",
            ["ReportText"] = "述职报告。",
            ["VotersPresent"] = "30",
            ["Satisfied"] = "20",
        }));

        await response.ShouldBe(HttpStatusCode.BadRequest);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>请求有误</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await flow.CountAsync());
    }

    [GeneratedRegex("<form(?<attrs>[^>]*)>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();
}
