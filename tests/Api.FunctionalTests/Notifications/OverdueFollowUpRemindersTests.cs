using DeputyPortal.Api.FunctionalTests.Activities;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Notifications.Sweeps;
using PresidiumApi = DeputyPortal.Api.FunctionalTests.Meetings.Presidium;

namespace DeputyPortal.Api.FunctionalTests.Notifications;

/// <summary>
/// An open rectification item past its date reminds the responsible unit's officers and the secretary; a meeting
/// decision whose follow-up is past its date reminds the follow-up unit's officers (when it names one) and the
/// secretary. On the first day overdue and then once a week while overdue; completed ones and ones not yet due never.
/// </summary>
public sealed class OverdueFollowUpRemindersTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Rectification = "RectificationOverdue";
    private const string Decision = "DecisionFollowUpOverdue";

    private Reminders Reminders => new(Portal);

    [Fact]
    public async Task Sweep_RemindsTheUnitAndTheSecretary_OnceAWeekWhileOverdue()
    {
        var flow = new ActivityFlow(Portal);
        var activity = await flow.RecordAsync(flow.Body());
        var unitA = World.A.Units[0].Id;
        activity = await flow.AddItemAsync(activity, ActivityFlow.Item(unitA, new(2026, 6, 2)));
        activity = await flow.AddItemAsync(activity, ActivityFlow.Item(World.A.Units[1].Id, new(2026, 6, 14), "清理水源地垃圾")); // a unit without an officer
        activity = await flow.AddItemAsync(activity, ActivityFlow.Item(unitA, new(2026, 6, 20), "加装净水设备")); // not yet due
        activity = await flow.AddItemAsync(activity, ActivityFlow.Item(unitA, new(2026, 6, 2), "修复泵房", "Completed", new(2026, 6, 10), "已修复并验收。"));
        var items = activity.Json.GetProperty("rectificationItems").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        var (meeting, _) = await PresidiumApi.RecordOkAsync(await As("secretary.a"), PresidiumApi.Meeting(
            World.A.Term.Id,
            [World.A.Chair.Id],
            "2026-05-10T09:00:00+08:00",
            "Regular",
            PresidiumApi.Decision(1, followUpDueOn: "2026-06-10", followUpUnitId: unitA),
            PresidiumApi.Decision(1, text: "同意开展饮水安全专项视察", followUpDueOn: "2026-06-12"),
            PresidiumApi.Decision(1, text: "同意表彰优秀代表", followUpDueOn: "2026-06-01", followUpCompletedOn: "2026-06-01")));
        var meetingId = meeting.GetProperty("id").GetGuid(); // a decision's reminders are its meeting's, one per decision

        Assert.Equal(0, await Reminders.SweepOnAsync(new(2026, 6, 2), new SweepOverdueFollowUps()));

        Assert.Equal(6, await Reminders.SweepOnAsync(new(2026, 6, 15), new SweepOverdueFollowUps()));
        Assert.Equal(
            Reminders.Expect((Rectification, items[0]), (Rectification, items[1]), (Decision, meetingId), (Decision, meetingId)),
            await Reminders.InboxAsync("secretary.a"));
        Assert.Equal(Reminders.Expect((Rectification, items[0]), (Decision, meetingId)), await Reminders.InboxAsync("unit.a"));
        Assert.Empty(await Reminders.InboxAsync("secretary.b"));
        Assert.Empty(await Reminders.InboxAsync("presidium.a"));

        Assert.Equal(0, await Reminders.SweepOnAsync(new(2026, 6, 15), new SweepOverdueFollowUps()));
        Assert.Equal(0, await Reminders.SweepOnAsync(new(2026, 6, 16), new SweepOverdueFollowUps())); // still the same week overdue
        Assert.Equal(6, await Reminders.CountAllAsync());
        // A week on: each once more, and the item due 2026-06-20 for the first time (its unit and the secretary).
        Assert.Equal(8, await Reminders.SweepOnAsync(new(2026, 6, 22), new SweepOverdueFollowUps()));
        Assert.Equal(14, await Reminders.CountAllAsync());

        var item = (await Reminders.ItemsAsync("unit.a")).First(i => i.GetProperty("subjectId").GetGuid() == items[0]);
        Assert.Equal($"/activities/{activity.Id}", item.GetProperty("link").GetString());
        var body = item.GetProperty("body").GetString()!;
        Assert.Contains("2026年6月2日", body, StringComparison.Ordinal);
        Assert.Contains("更换老化管网", body, StringComparison.Ordinal);
        Assert.Contains(World.A.Units[0].Name, body, StringComparison.Ordinal);
        var decision = (await Reminders.ItemsAsync("unit.a")).First(i => i.GetProperty("subjectId").GetGuid() == meetingId);
        Assert.Equal($"/presidium-meetings/{meetingId}", decision.GetProperty("link").GetString());
        Assert.Contains("2026年6月10日", decision.GetProperty("body").GetString(), StringComparison.Ordinal);
    }
}
