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
/// without the committed date, which is refused beside the field with everything typed kept — and sees 已答复; the
/// secretary records another unit's paper reply dated last week (补录), and the proposal's colour and the on-time flag
/// follow the letter's date, not the day it was typed in.
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

        // The township's series already holds the assigned proposals' J001 and J002: this one is the next, without a gap.
        await Expect(page.Locator(".flash")).ToHaveTextAsync("已立案，编号 18-1-J003。");
        await Expect(page.Locator(".proposal-head .number")).ToHaveTextAsync("18-1-J003");
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
        // Now the units' turn: no step of the secretary's own, only the units' steps to record for them (补录).
        Assert.Equal(0, await page.Locator("section.proposal-steps:not(.on-behalf-steps) form[data-move]").CountAsync());
        await Expect(page.Locator("section.on-behalf-steps form[data-move=Reply]")).ToContainTextAsync($"代 {Seed.LeadUnitName} 录入");
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

    [Fact]
    public async Task Secretary_RecordsAnotherUnitsPaperReplyDatedLastWeek_AndTheColourAndOnTimeFlagFollowThatDate()
    {
        var today = TimeProvider.System.TodayInChina();
        var dueOn = Seed.OverdueAssignedOn.AddMonths(3);
        var letterDated = today.AddDays(-7);
        var page = await fixture.NewPageAsync();
        await SignInAsAsync(page, Seed.SecretaryUserName);
        await page.GotoAsync("/proposals");
        var row = page.Locator("li.proposal", new() { HasText = Seed.OverdueTitle });
        await Expect(row.Locator(".warn-overdue")).ToHaveTextAsync($"逾期{today.DayNumber - dueOn.DayNumber}天");
        await row.GetByText(Seed.OverdueTitle).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Seed.OverdueTitle);
        await Expect(page.Locator(".proposal-head .warn")).ToHaveTextAsync($"逾期{today.DayNumber - dueOn.DayNumber}天");

        // The secretary takes no step of their own now; the unit's steps may be recorded for it.
        var recordable = page.Locator("section.on-behalf-steps");
        Assert.Equal(0, await page.Locator("section.proposal-steps:not(.on-behalf-steps)").CountAsync());
        var reply = recordable.Locator("form[data-move=Reply]");
        await Expect(reply).ToContainTextAsync($"代 {Seed.OtherUnitName} 录入");
        Assert.Equal(Seed.OtherUnitHead, await reply.GetByLabel("签发人（单位负责人）").InputValueAsync());
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await reply.GetByLabel("实际办理日期").InputValueAsync());

        const string text = "已对桃源桥护栏锈蚀段进行更换，并加装警示标志。";
        await reply.GetByLabel("A 已解决或基本解决").CheckAsync();
        await reply.GetByLabel("答复内容").FillAsync(text);
        // A date before the assignment is refused beside the date, with the letter's text kept.
        var beforeAssignment = Seed.OverdueAssignedOn.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await reply.GetByLabel("实际办理日期").FillAsync(beforeAssignment);
        await reply.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Expect(page.Locator("#Reply_OccurredOn + .field-error")).ToContainTextAsync("早于上一步骤的日期");
        Assert.Equal(text, await reply.GetByLabel("答复内容").InputValueAsync());
        await Expect(page.Locator(".proposal-head .status")).ToHaveTextAsync("已交办");

        await reply.GetByLabel("实际办理日期").FillAsync(letterDated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await reply.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();

        await Expect(page.Locator(".flash")).ToHaveTextAsync("已答复（A类），等待代表评价。");
        await Expect(page.Locator(".proposal-head .status")).ToHaveTextAsync("已答复");
        Assert.Equal(0, await page.Locator(".proposal-head .warn").CountAsync()); // no longer red: answered before the deadline
        var answered = await page.Locator(".reply").InnerTextAsync();
        Assert.Contains(letterDated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), answered, StringComparison.Ordinal);
        Assert.DoesNotContain("逾期答复", answered, StringComparison.Ordinal); // on time, by the letter's date
        var step = page.Locator("ol.timeline li").Last;
        await Expect(step).ToContainTextAsync(Seed.OtherUnitName);
        await Expect(step).ToContainTextAsync("代为录入（补录）");
        await Expect(step.Locator("time")).ToHaveTextAsync(letterDated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Screenshots.SaveAsync(page, "proposal-paper-reply");

        await page.GotoAsync("/proposals");
        await Expect(page.Locator("li.proposal", new() { HasText = Seed.OverdueTitle }).Locator(".warn")).ToHaveCountAsync(0);
    }
}
