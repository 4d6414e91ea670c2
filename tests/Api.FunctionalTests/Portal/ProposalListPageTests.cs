using System.Net;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// Issue 15 §6: the unit clerk's list runs by deadline, shows the days left or overdue on every row and marks what
/// waits on them (待答复, 待协办意见, 延期待审批); every list marks 重点督办; 逾期 filters apart from the colours.
/// </summary>
public sealed class ProposalListPageTests(PortalFactory portal) : PortalTest(portal)
{
    private const string WithCoUnit = "关于修缮茶亭村机耕道的建议";
    private const string Key = "关于整治茶亭街占道经营的建议";

    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task UnitClerksList_RunsByDeadline_AndMarksWhatWaitsOnEachViewer()
    {
        var withCoUnit = await Flow.ExtensionRequestedAsync(await Flow.AssignedWithCoUnitOfficerAsync());
        var key = await Flow.ActAsync("secretary.a", await Flow.RegisteredAsync(Flow.Suggestion(Key)), "assign", new
        {
            leadUnitId = World.A.Units[0].Id, supervisorPresidiumMemberId = World.A.Chair.Id,
        });
        await Flow.ExtensionDecidedAsync(await Flow.ExtensionRequestedAsync(key), approve: true);
        var dueOn = DateOnly.Parse(withCoUnit.Json.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var daysLeft = dueOn.DayNumber - DateOnly.FromDateTime(TestWorld.Now.Date).DayNumber;

        var unit = await CardsAsync("unit.a", "/proposals");
        Assert.Equal([WithCoUnit, Key], unit.Select(c => c.Title)); // nearest deadline first: 09-15 before the extended 10-15
        Assert.Contains("待答复", unit[0].Html, StringComparison.Ordinal);
        Assert.Contains("延期待审批", unit[0].Html, StringComparison.Ordinal);
        Assert.Contains($"剩余{daysLeft}天", unit[0].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("待协办意见", unit[0].Html, StringComparison.Ordinal);
        Assert.Contains("重点督办", unit[1].Html, StringComparison.Ordinal);
        Assert.Contains("待答复", unit[1].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("延期待审批", unit[1].Html, StringComparison.Ordinal);

        var coUnit = Assert.Single(await CardsAsync(ProposalFlow.CoUnitOfficer, "/proposals"));
        Assert.Contains("待协办意见", coUnit.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("待答复", coUnit.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("延期待审批", coUnit.Html, StringComparison.Ordinal);

        var secretary = await CardsAsync("secretary.a", "/proposals");
        Assert.Equal([Key, WithCoUnit], secretary.Select(c => c.Title)); // the newest first
        Assert.Contains("延期待审批", secretary.Single(c => c.Title == WithCoUnit).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(secretary, c => c.Html.Contains("待答复", StringComparison.Ordinal));

        Assert.Empty(await CardsAsync("secretary.a", "/proposals?overdue=true"));
        Assert.Equal(2, (await CardsAsync("secretary.a", "/proposals?overdue=false")).Count);
    }

    private async Task<List<(string Title, string Html)>> CardsAsync(string user, string url)
    {
        var browser = Portal.Browser(followRedirects: false);
        await (await browser.SignInAsync(user, PortalFactory.Password)).ShouldBe(HttpStatusCode.Redirect);
        var response = await browser.GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        return [.. html.Split("<li class=\"card proposal\">").Skip(1)
            .Select(card => card[..card.IndexOf("</li>", StringComparison.Ordinal)])
            .Select(card => (Title: new[] { WithCoUnit, Key }.Single(t => card.Contains(t, StringComparison.Ordinal)), Html: card))];
    }
}
