using System.Globalization;
using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Meetings.Presidium;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// The presidium meeting pages: the secretary records a meeting by ticking the members serving that day, sees whether
/// it had a quorum and its decisions; a refused form keeps what was typed and writes nothing; a revision at a stale
/// version is refused; the list shows the meetings whose follow-up is overdue, as the 工作台 links to it.
/// </summary>
public sealed class MeetingPagesTests(PortalFactory portal) : PortalTest(portal)
{
    private const string NewUrl = "/meetings/new?heldOn=2026-03-10";

    private async Task<int> CountAsync() =>
        (await (await (await As("county")).GetAsync($"{MeetingsUrl}?townshipId={World.A.Township.Id}")).JsonAsync()).GetProperty("totalCount").GetInt32();

    private Dictionary<string, string> Form(Guid idempotencyKey, bool chairPresent = true) => new()
    {
        ["IdempotencyKey"] = idempotencyKey.ToString(),
        ["Kind"] = "Regular",
        ["HeldAt"] = "2026-03-10T09:30",
        ["Place"] = "镇人大办会议室",
        ["Agenda"] = "听取代表建议办理情况汇报\n研究二季度代表活动安排",
        ["Attendance[0].PresidiumMemberId"] = World.A.Chair.Id.ToString(),
        ["Attendance[0].Present"] = chairPresent ? "true" : "false",
        ["InvitedDeputyIds"] = World.A.Deputies[0].Id.ToString(),
        ["Minutes"] = "会议由主席主持。",
        ["Decisions[0].Text"] = "督促村镇建设办完成道路硬化",
        ["Decisions[0].VotesFor"] = "1",
        ["Decisions[0].FollowUpUnitId"] = World.A.Units[1].Id.ToString(),
        ["Decisions[0].FollowUpDueOn"] = "2026-04-30",
        ["Decisions[1].Text"] = "",
    };

    [Fact]
    public async Task Secretary_RecordsAMeetingByTickingTheServingMembers_AndSeesItsQuorumAndDecisions()
    {
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var form = await (await browser.GetAsync(NewUrl)).Content.ReadAsStringAsync();
        Assert.Contains(World.A.Deputies[5].Name, form, StringComparison.Ordinal); // the chair, serving that day
        Assert.Contains("在任主席团成员 1 人", form, StringComparison.Ordinal);
        Assert.Contains("法定人数 1 人", form, StringComparison.Ordinal);
        Assert.Contains(World.A.Units[1].Name, form, StringComparison.Ordinal);
        var before = await CountAsync();

        using var saved = await browser.PostFormAsync(NewUrl, Form(Guid.NewGuid()));

        await saved.ShouldBe(HttpStatusCode.Redirect);
        var location = saved.Headers.Location!.OriginalString;
        Assert.Matches("^/meetings/[0-9a-f-]{36}$", location);
        Assert.Equal(before + 1, await CountAsync());
        var details = await (await browser.GetAsync(location)).Content.ReadAsStringAsync();
        Assert.Contains("主席团例会 · 2026-03-10", details, StringComparison.Ordinal);
        Assert.Contains("1 / 1 人，法定人数 1 人", details, StringComparison.Ordinal);
        Assert.Contains("计入本季度例会", details, StringComparison.Ordinal);
        Assert.Contains("督促村镇建设办完成道路硬化", details, StringComparison.Ordinal);
        Assert.Contains("通过", details, StringComparison.Ordinal);
        Assert.Contains(World.A.Deputies[0].Name, details, StringComparison.Ordinal); // invited

        var list = await (await browser.GetAsync("/meetings?kind=Regular")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{location}\"", list, StringComparison.Ordinal);
        Assert.Contains("已达到", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameFormSentTwice_RecordsOneMeeting()
    {
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var before = await CountAsync();
        var form = Form(Guid.NewGuid());

        using var first = await browser.PostFormAsync(NewUrl, new Dictionary<string, string>(form));
        using var second = await browser.PostFormAsync(NewUrl, new Dictionary<string, string>(form));

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task ARefusedForm_ShowsEachMessageBesideItsField_KeepsWhatWasTyped_AndWritesNothing()
    {
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var before = await CountAsync();
        var form = Form(Guid.NewGuid());
        form["Agenda"] = "";
        form["Place"] = "镇政府三楼会议室";
        form["Decisions[0].VotesFor"] = "-1";
        form["HeldAt"] = "2099-03-10T09:30";

        using var refused = await browser.PostFormAsync(NewUrl, form);

        await refused.ShouldBe(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("未保存，请按提示修改后再提交", page, StringComparison.Ordinal);
        var field = page.IndexOf("id=\"heldAt\"", StringComparison.Ordinal);
        var message = page.IndexOf("<p class=\"error field-error\">只能登记已经召开的会议。</p>", field, StringComparison.Ordinal);
        Assert.InRange(message - field, 0, 300); // beside the time it is about
        Assert.Contains("value=\"镇政府三楼会议室\"", page, StringComparison.Ordinal);
        Assert.Contains("督促村镇建设办完成道路硬化", page, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Secretary_RevisesAMeeting_MarkingAFollowUpDone_AndAStaleFormIsRefused()
    {
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var secretary = await As("secretary.a");
        var (meeting, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, [World.A.Chair.Id], "2026-03-10T09:00:00+08:00", "Regular",
            Decision(1, followUpDueOn: "2026-04-30", followUpUnitId: World.A.Units[1].Id)));
        var id = meeting.GetProperty("id").GetGuid();
        var editUrl = $"/meetings/{id}/edit";
        var edit = await (await browser.GetAsync(editUrl)).Content.ReadAsStringAsync();
        Assert.Contains("value=\"2026-04-30\"", edit, StringComparison.Ordinal);
        Assert.Contains("checked=\"checked\" data-present", edit, StringComparison.Ordinal);

        var form = Form(Guid.Empty);
        form.Remove("IdempotencyKey");
        form["Version"] = meeting.GetProperty("version").GetUInt32().ToString(CultureInfo.InvariantCulture);
        form["Decisions[0].FollowUpCompletedOn"] = "2026-04-20";
        using var saved = await browser.PostFormAsync(editUrl, new Dictionary<string, string>(form));
        await saved.ShouldBe(HttpStatusCode.Redirect);
        Assert.Contains("已于 2026-04-20 落实", await (await browser.GetAsync($"/meetings/{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        form["Place"] = "另一间会议室";
        using var stale = await browser.PostFormAsync(editUrl, form);
        await stale.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("记录已被他人修改", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("另一间会议室", await (await browser.GetAsync($"/meetings/{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheList_ShowsTheMeetingsWhoseFollowUpIsOverdue_AsTheWorkbenchLinksToIt()
    {
        var secretary = await As("secretary.a");
        var (late, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, [World.A.Chair.Id], "2026-03-10T09:00:00+08:00", "Regular",
            Decision(1, followUpDueOn: "2026-04-30", followUpUnitId: World.A.Units[1].Id)));
        var (onTime, _) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, [World.A.Chair.Id], "2026-03-12T09:00:00+08:00", "Extraordinary",
            Decision(1, followUpDueOn: "2026-04-30", followUpUnitId: World.A.Units[1].Id, followUpCompletedOn: "2026-04-01")));
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");

        var page = await (await browser.GetAsync("/meetings?hasOverdueFollowUp=true")).Content.ReadAsStringAsync();

        Assert.Contains($"/meetings/{late.GetProperty("id").GetGuid()}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/meetings/{onTime.GetProperty("id").GetGuid()}", page, StringComparison.Ordinal);
        Assert.Contains("1项逾期未落实", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/meetings?hasOverdueFollowUp=True\"", await (await browser.GetAsync("/")).Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
