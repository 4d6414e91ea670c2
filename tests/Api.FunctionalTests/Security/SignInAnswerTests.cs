using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Security;

/// <summary>
/// Sign-in does not tell which user names exist or are locked: an unknown name, a wrong password and a locked
/// account get the same status and the same words, from the token endpoint and from the portal's sign-in page.
/// </summary>
public sealed partial class SignInAnswerTests(PortalFactory portal) : PortalTest(portal)
{
    private const string WrongPassword = "Wrong@2026pass";

    [GeneratedRegex("<p class=\"error\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ErrorParagraph();

    [Fact]
    public async Task Token_UnknownNameWrongPasswordAndLockedAccount_AnswerAlike()
    {
        await LockByWrongPasswordsAsync("deputy.a");

        var answers = new[]
        {
            await TokenAnswerAsync("nobody.here", PortalFactory.Password),
            await TokenAnswerAsync("secretary.a", WrongPassword),
            await TokenAnswerAsync("deputy.a", PortalFactory.Password), // the right password, but locked
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Contains("用户名或密码错误", JsonNode.Parse(answers[0].Body)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_AdministratorLockedAccount_AnswersLikeAWrongPassword()
    {
        await (await (await As("admin")).PostAsync($"/api/v1/admin/users/{(await Portal.AccountAsync("unit.a")).Id}/lock", null)).ShouldBe(HttpStatusCode.OK);

        var locked = await TokenAnswerAsync("unit.a", PortalFactory.Password);
        var wrong = await TokenAnswerAsync("unit.b", WrongPassword);

        Assert.Equal((wrong.Status, wrong.Body), (locked.Status, locked.Body));
    }

    [Fact]
    public async Task PortalSignIn_UnknownNameWrongPasswordAndLockedAccount_AnswerAlike()
    {
        await LockByWrongPasswordsAsync("deputy.a");

        var answers = new[]
        {
            await PortalAnswerAsync("nobody.here", PortalFactory.Password),
            await PortalAnswerAsync("secretary.a", WrongPassword),
            await PortalAnswerAsync("deputy.a", PortalFactory.Password),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status)); // the form again, not signed in
        Assert.Single(answers.Select(a => a.Error).Distinct());
        Assert.Contains("用户名或密码错误", answers[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lockout_StillLocksAfterFiveWrongPasswords()
    {
        await LockByWrongPasswordsAsync("deputy.a");

        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAnswerAsync("deputy.a", PortalFactory.Password)).Status);
        Assert.Equal(HttpStatusCode.OK, (await TokenAnswerAsync("deputy2.a", PortalFactory.Password)).Status);
    }

    private async Task LockByWrongPasswordsAsync(string userName)
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAnswerAsync(userName, WrongPassword)).Status);
        }
    }

    private async Task<(HttpStatusCode Status, string Body)> TokenAnswerAsync(string userName, string password)
    {
        using var anonymous = Portal.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId"); // differs from request to request, whatever the outcome
        return (response.StatusCode, body.ToJsonString());
    }

    private async Task<(HttpStatusCode Status, string Error)> PortalAnswerAsync(string userName, string password)
    {
        using var browser = Portal.Browser(followRedirects: false);
        var response = await browser.SignInAsync(userName, password);
        var error = ErrorParagraph().Match(await response.Content.ReadAsStringAsync());
        Assert.True(error.Success, "the sign-in page shows no error");
        return (response.StatusCode, WebUtility.HtmlDecode(error.Groups[1].Value));
    }
}
