using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DeputyPortal.Browser.Tests.Support;

/// <summary>What every portal test does the way a user does it.</summary>
public static class PortalPages
{
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    private static readonly Regex LoginPage = new("/account/login", RegexOptions.IgnoreCase);

    public static Task SignInAsync(IPage page, string password = PortalServer.Password) => SignInAsAsync(page, PortalServer.SecretaryUserName, password);

    public static async Task SignInAsAsync(IPage page, string userName, string password = PortalServer.Password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        // Wait for the sign-in's own answer: the login page's DOMContentLoaded has already fired, so a load-state wait
        // alone could return before the sign-in has been answered. A refused sign-in answers with the page again; an
        // accepted one redirects, and then the wait is for the page it leads to.
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync(),
            response => response.Request.Method == "POST"
                && new Uri(response.Url).AbsolutePath.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase));
        if (answer.Status is >= 300 and < 400)
        {
            // Not WaitForURLAsync: when the URL already matches it waits for "load" whatever WaitUntil says
            // (microsoft/playwright-dotnet#3365), which a busy page may not reach within the timeout.
            await Assertions.Expect(page).Not.ToHaveURLAsync(LoginPage, new() { Timeout = 60_000 });
        }

        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>True when the page is wider than the viewport, i.e. a phone user would have to scroll sideways.</summary>
    public static Task<bool> ScrollsHorizontallyAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth || document.body.scrollWidth > window.innerWidth");
}
