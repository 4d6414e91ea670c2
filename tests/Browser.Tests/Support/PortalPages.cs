using Microsoft.Playwright;

namespace DeputyPortal.Browser.Tests.Support;

/// <summary>What every portal test does the way a user does it.</summary>
public static class PortalPages
{
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    public static Task SignInAsync(IPage page, string password = PortalServer.Password) => SignInAsAsync(page, PortalServer.SecretaryUserName, password);

    public static async Task SignInAsAsync(IPage page, string userName, string password = PortalServer.Password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>True when the page is wider than the viewport, i.e. a phone user would have to scroll sideways.</summary>
    public static Task<bool> ScrollsHorizontallyAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth || document.body.scrollWidth > window.innerWidth");
}
