using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Reviews;

/// <summary>
/// The 登记述职评议 form carries an idempotency key: a second submit of the same form (a double click, a resend after a
/// lost answer) goes to the review the first one recorded instead of recording it twice; a fresh form records anew.
/// </summary>
public sealed class ReviewPageSubmitTests(PortalFactory portal) : PortalTest(portal)
{
    private ReviewFlow Flow => new(Portal);

    [Fact]
    public async Task SubmittingTheSameFormTwice_RecordsOneReview_AndBothAnswersLeadToIt()
    {
        var browser = Portal.Browser(followRedirects: false);
        await browser.SignInAsync("secretary.a", PortalFactory.Password);
        var before = await Flow.CountAsync();
        var form = Form(Guid.NewGuid());

        var first = await browser.PostFormAsync("/reviews/new", new Dictionary<string, string>(form));
        var second = await browser.PostFormAsync("/reviews/new", new Dictionary<string, string>(form));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Matches("^/reviews/[0-9a-f-]{36}$", first.Headers.Location!.OriginalString);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(before + 1, await Flow.CountAsync());

        var another = await browser.PostFormAsync("/reviews/new", Form(Guid.NewGuid()));
        Assert.NotEqual(first.Headers.Location, another.Headers.Location);
        Assert.Equal(before + 2, await Flow.CountAsync());
    }

    private Dictionary<string, string> Form(Guid idempotencyKey) => new()
    {
        ["IdempotencyKey"] = idempotencyKey.ToString(),
        ["DeputyId"] = World.A.Deputy.Id.ToString(),
        ["HeldOn"] = ReviewFlow.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Form"] = "Oral",
        ["ReportText"] = "一年来走访选民，提出建议三件。",
        ["VotersPresent"] = "30",
        ["Satisfied"] = "20",
        ["BasicallySatisfied"] = "6",
        ["Dissatisfied"] = "2",
    };
}
