using System.Globalization;
using DeputyPortal.Application.Common;
using DeputyPortal.Browser.Tests.Support;
using Microsoft.Playwright;
using static DeputyPortal.Browser.Tests.Support.PortalPages;
using static Microsoft.Playwright.Assertions;
using Seed = DeputyPortal.Browser.Tests.Support.ProposalStepsSeed;

namespace DeputyPortal.Browser.Tests;

/// <summary>
/// The steps of a proposal taken in the portal, in a township of their own (桃源镇): the secretary registers a
/// submitted proposal (and sees its number) and assigns it; the unit officer, on a 375 px phone, replies B — first
/// without the committed date, which is refused beside the field with everything typed kept — and sees 已答复.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProposalStepPagesTests(BrowserFixture fixture)
{
    private const int SmallPhoneWidth = 375;
    private const int SmallPhoneHeight = 812;

    [Fact]
    public async Task Secretary_RegistersASubmittedProposal_SeesItsNumber_AndAssignsIt()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsAsync(page, Seed.SecretaryUserName);
        await page.GotoAsync("/proposals");
        await page.GetByText(Seed.SubmittedTitle).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Seed.SubmittedTitle);

        await Expect(page.Locator(".proposal-head .status")).ToHaveTextAsync("已提交");
        Assert.Equal(["Register", "Reject"], await page.Locator("form[data-move]").EvaluateAllAsync<string[]>("forms => forms.map(f => f.dataset.move)"));
        await page.GetByRole(AriaRole.Button, new() { Name = "立案", Exact = true }).ClickAsync();

        // The township's series already holds the assigned proposal's J001: this one is the next, without a gap.
        await Expect(page.Locator(".flash")).ToHaveTextAsync("已立案，编号 18-1-J002。");
        await Expect(page.Locator(".proposal-head .number")).ToHaveTextAsync("18-1-J002");
        await Expect(page.Locator(".proposal-head .status")).ToHaveTextAsync("已立案");
        Assert.Equal(["Assign"], await page.Locator("form[data-move]").EvaluateAllAsync<string[]>("forms => forms.map(f => f.dataset.move)"));

        await page.GetByLabel("主办单位").SelectOptionAsync(new SelectOptionValue { Label = Seed.LeadUnitName });
        await page.GetByLabel(Seed.OtherUnitName, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("重点督办：督办人").SelectOptionAsync(new SelectOptionValue { Label = $"{Seed.ChairName}（主席）" });
        await page.GetByRole(AriaRole.Button, new() { Name = "交办", Exact = true }).ClickAsync();

        var dueOn = TimeProvider.System.TodayInChina().AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Expect(page.Locator(".flash")).ToHaveTextAsync($"已交办{Seed.LeadUnitName}，办理期限 {dueOn}。");
        await Expect(page.Locator(".proposal-head .status")).ToHaveTextAsync("已交办");
        var record = await page.Locator("dl.profile").First.InnerTextAsync();
        Assert.Contains(Seed.LeadUnitName, record, StringComparison.Ordinal);
        Assert.Contains(Seed.OtherUnitName, record, StringComparison.Ordinal);
        Assert.Contains("督办人：" + Seed.ChairName, record, StringComparison.Ordinal);
        Assert.Contains(dueOn, record, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form[data-move]").CountAsync()); // now the units' turn: nothing for the secretary
        Assert.Equal("交办", (await page.Locator("ol.timeline li strong").Last.InnerTextAsync()).Trim());
        await Screenshots.SaveAsync(page, "proposal-assign");
    }

    [Fact]
    public async Task UnitOfficer_OnAPhone_RepliesB_FixingAMissingCommittedDate_AndSeesItReplied()
    {
        var page = await fixture.NewPageAsync(SmallPhoneWidth, SmallPhoneHeight);
        await SignInAsAsync(page, Seed.UnitOfficerUserName);
        await page.GotoAsync("/proposals");
        await page.GetByText(Seed.AssignedTitle).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Seed.AssignedTitle);

        await Expect(page.Locator(".proposal-head .status")).ToHaveTextAsync("已交办");
        Assert.Equal(
            ["Return", "RequestExtension", "AddProgressNote", "Reply"],
            await page.Locator("form[data-move]").EvaluateAllAsync<string[]>("forms => forms.map(f => f.dataset.move)"));
        Assert.Equal(Seed.LeadUnitHead, await page.GetByLabel("签发人（单位负责人）").InputValueAsync()); // the unit's head signs
        Assert.False(await ScrollsHorizontallyAsync(page));

        const string text = "已将桃源河沿岸垃圾清运列入本年度村庄清洁行动，正在设置垃圾收集点。";
        await page.GetByLabel("B 正在解决").CheckAsync();
        await page.GetByLabel("答复内容").FillAsync(text);
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "提交答复" });
        Assert.True((await submit.BoundingBoxAsync())!.Height >= 44, "the reply button is a large target on a phone");
        await submit.ClickAsync();

        // Refused beside the date, with what was typed kept.
        await Expect(page.Locator("#Reply_CommittedCompletionOn + .field-error")).ToHaveTextAsync("B、C类答复必须写明承诺完成日期。");
        await Expect(page.Locator("form[data-move=Reply] [role=alert]")).ToContainTextAsync("未保存");
        Assert.True(await page.GetByLabel("B 正在解决").IsCheckedAsync());
        Assert.Equal(text, await page.GetByLabel("答复内容").InputValueAsync());
        Assert.Equal(Seed.LeadUnitHead, await page.GetByLabel("签发人（单位负责人）").InputValueAsync());
        await Expect(page.Locator(".proposal-head .status")).ToHaveTextAsync("已交办");
        Assert.False(await ScrollsHorizontallyAsync(page));
        await Screenshots.SaveAsync(page, "unit-reply-refused-phone");

        var committed = TimeProvider.System.TodayInChina().AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("承诺完成日期（B、C类填写）").FillAsync(committed);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();

        await Expect(page.Locator(".flash")).ToHaveTextAsync("已答复（B类），等待代表评价。");
        await Expect(page.Locator(".proposal-head .status")).ToHaveTextAsync("已答复");
        var reply = await page.Locator(".reply").InnerTextAsync();
        Assert.Contains("B 正在解决", reply, StringComparison.Ordinal);
        Assert.Contains("签发人 " + Seed.LeadUnitHead, reply, StringComparison.Ordinal);
        Assert.Contains("承诺完成日期：" + committed, reply, StringComparison.Ordinal);
        Assert.Contains(text, reply, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form[data-move]").CountAsync()); // the deputy rates it now
        Assert.False(await ScrollsHorizontallyAsync(page));
        await Screenshots.SaveAsync(page, "unit-reply-phone");
    }
}
