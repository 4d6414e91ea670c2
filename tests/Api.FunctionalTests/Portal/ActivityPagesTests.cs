using System.Globalization;
using System.Net;
using DeputyPortal.Api.FunctionalTests.Activities;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// The activity pages: the secretary records an activity with its participants, units and votes; a refused form
/// keeps what was typed and writes nothing; rectification items are added and completed on their own page; the list
/// shows the overdue ones as the 工作台 links to it, and its ledger is one click away; a deputy reads but cannot change.
/// </summary>
public sealed class ActivityPagesTests(PortalFactory portal) : PortalTest(portal)
{
    private ActivityFlow Flow => new(Portal);

    private Dictionary<string, string> Form() => new()
    {
        ["IdempotencyKey"] = Guid.NewGuid().ToString(),
        ["Kind"] = "WorkEvaluation",
        ["Title"] = "评议镇农业农村办工作",
        ["StartsOn"] = "2026-05-20",
        ["Place"] = "镇政府会议室",
        ["Participants[0].DeputyId"] = World.A.Deputies[0].Id.ToString(),
        ["Participants[0].Attendance"] = "Present",
        ["Participants[1].DeputyId"] = World.A.Deputies[1].Id.ToString(),
        ["Participants[1].Attendance"] = "Present",
        ["Participants[2].DeputyId"] = World.A.Deputies[2].Id.ToString(),
        ["Participants[2].Attendance"] = "OnLeave",
        ["Participants[2].LeaveReason"] = "外出务工",
        ["Participants[3].DeputyId"] = World.A.Deputies[3].Id.ToString(),
        ["Participants[3].Attendance"] = "",
        ["SubjectUnitIds"] = World.A.Units[0].Id.ToString(),
        ["Tallies[0].HandlingUnitId"] = World.A.Units[0].Id.ToString(),
        ["Tallies[0].Satisfied"] = "1",
        ["Tallies[0].BasicallySatisfied"] = "0",
        ["Tallies[0].Dissatisfied"] = "1",
        ["Tallies[1].HandlingUnitId"] = World.A.Units[1].Id.ToString(),
        ["Findings"] = "群众反映办事流程长。",
    };

    [Fact]
    public async Task Secretary_RecordsAnActivity_WithParticipantsUnitsAndVotes_AndSeesItListed()
    {
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var before = await Flow.CountAsync();

        using var saved = await browser.PostFormAsync("/activities/new", Form());

        await saved.ShouldBe(HttpStatusCode.Redirect);
        var location = saved.Headers.Location!.OriginalString;
        Assert.Matches("^/activities/[0-9a-f-]{36}$", location);
        Assert.Equal(before + 1, await Flow.CountAsync());
        var details = await (await browser.GetAsync(location)).Content.ReadAsStringAsync();
        Assert.Contains("评议镇农业农村办工作", details, StringComparison.Ordinal);
        Assert.Contains("外出务工", details, StringComparison.Ordinal);
        Assert.Contains("50.0%", details, StringComparison.Ordinal); // (1 + 0) ÷ 2
        Assert.DoesNotContain(World.A.Deputies[3].Name, details, StringComparison.Ordinal); // left empty: not listed
        Assert.Contains($"href=\"{location}/rectification\"", details, StringComparison.Ordinal);

        var list = await (await browser.GetAsync("/activities?kind=WorkEvaluation&sort=title")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{location}\"", list, StringComparison.Ordinal);
        Assert.Contains("handler=Ledger", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedForm_ShowsTheMessagesBesideTheirFields_KeepsWhatWasTyped_AndWritesNothing()
    {
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var before = await Flow.CountAsync();
        var form = Form();
        form["Title"] = "";
        form["Kind"] = "";
        form["Place"] = "镇文化站";

        using var refused = await browser.PostFormAsync("/activities/new", form);

        await refused.ShouldBe(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync();
        var title = page.IndexOf("id=\"title\"", StringComparison.Ordinal);
        Assert.InRange(page.IndexOf("活动名称不能为空", title, StringComparison.Ordinal) - title, 0, 300);
        var kind = page.IndexOf("id=\"kind\"", StringComparison.Ordinal);
        Assert.InRange(page.IndexOf("活动类别不能为空", kind, StringComparison.Ordinal) - kind, 0, 2000);
        Assert.Contains("value=\"镇文化站\"", page, StringComparison.Ordinal);
        Assert.Contains("外出务工", page, StringComparison.Ordinal);
        Assert.Equal(before, await Flow.CountAsync());
    }

    [Fact]
    public async Task Secretary_AddsARectificationItem_AndCompletesIt_OnTheActivitysRectificationPage()
    {
        var activity = await Flow.RecordAsync(Flow.Body());
        using var browser = await Portal.SignedInBrowserAsync("secretary.a");
        var url = $"/activities/{activity.Id}/rectification";
        var version = activity.Json.GetProperty("version").GetUInt32().ToString(CultureInfo.InvariantCulture);

        using var refused = await browser.PostFormAsync(url, new() { ["Version"] = version, ["Description"] = "更换老化管网", ["DueOn"] = "2026-06-30", ["Status"] = "Open" });
        await refused.ShouldBe(HttpStatusCode.OK);
        Assert.Contains("责任单位不能为空", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var added = await browser.PostFormAsync(url, new()
        {
            ["Version"] = version, ["Description"] = "更换老化管网", ["ResponsibleUnitId"] = World.A.Units[0].Id.ToString(), ["DueOn"] = "2026-06-30", ["Status"] = "Open",
        });
        await added.ShouldBe(HttpStatusCode.Redirect);
        var page = await (await browser.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("已添加整改事项", page, StringComparison.Ordinal);
        Assert.Contains("修改第1项：更换老化管网", page, StringComparison.Ordinal);

        var now = await (await (await As("secretary.a")).GetAsync(activity.Url)).JsonAsync();
        var item = now.GetProperty("rectificationItems")[0].GetProperty("id").GetGuid();
        using var completed = await browser.PostFormAsync(url, new()
        {
            ["Version"] = now.GetProperty("version").GetUInt32().ToString(CultureInfo.InvariantCulture), ["ItemId"] = item.ToString(),
            ["Description"] = "更换老化管网", ["ResponsibleUnitId"] = World.A.Units[0].Id.ToString(), ["DueOn"] = "2026-06-30",
            ["Status"] = "Completed", ["CompletedOn"] = "2026-06-10", ["Evidence"] = "已更换管网三公里",
        });
        await completed.ShouldBe(HttpStatusCode.Redirect);
        var after = await (await As("secretary.a")).GetAsync(activity.Url);
        Assert.Equal("Completed", (await after.JsonAsync()).GetProperty("rectificationItems")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheList_ShowsActivitiesWithOverdueRectification_AndADeputyReadsWithoutTheSecretarysButtons()
    {
        var late = await Flow.AddItemAsync(await Flow.RecordAsync(Flow.Body()), ActivityFlow.Item(World.A.Units[0].Id, new DateOnly(2026, 6, 1)));
        var done = await Flow.AddItemAsync(
            await Flow.RecordAsync(Flow.Body(title: "视察村级道路")),
            ActivityFlow.Item(World.A.Units[0].Id, new DateOnly(2026, 6, 1), status: "Completed", completedOn: new DateOnly(2026, 5, 30), evidence: "已完成"));
        using var secretary = await Portal.SignedInBrowserAsync("secretary.a");

        var page = await (await secretary.GetAsync("/activities?hasOverdueRectification=true")).Content.ReadAsStringAsync();
        Assert.Contains($"/activities/{late.Id}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/activities/{done.Id}", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/activities?hasOverdueRectification=True\"", await (await secretary.GetAsync("/")).Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        using var ledger = await secretary.GetAsync("/activities?hasOverdueRectification=true&handler=Ledger");
        await ledger.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ledger.Content.Headers.ContentType?.MediaType);

        using var deputy = await Portal.SignedInBrowserAsync("deputy.a");
        var seen = await (await deputy.GetAsync($"/activities/{late.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("视察农村饮水安全工程", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("修改活动记录", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("/rectification\"", seen, StringComparison.Ordinal);
        await (await deputy.GetAsync($"/activities/{late.Id}/rectification")).ShouldBe(HttpStatusCode.Forbidden);
    }
}
