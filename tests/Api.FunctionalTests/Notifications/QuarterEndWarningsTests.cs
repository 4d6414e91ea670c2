using DeputyPortal.Api.FunctionalTests.Compliance;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Notifications.Sweeps;

namespace DeputyPortal.Api.FunctionalTests.Notifications;

/// <summary>
/// From 15 days before a quarter's last day (2026-06-15 for Q2), once per quarter: a township short of a regular
/// presidium meeting with a quorum warns the chair and the secretary; a group without an activity attended by its
/// members warns its leader and liaison member; a deputy without a contact warns the deputy, or the secretary when the
/// deputy has no account. Township A held its meeting and B's group met; A's third deputy logged a contact.
/// </summary>
public sealed class QuarterEndWarningsTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Meeting = "NoRegularMeeting";
    private const string Group = "GroupWithoutActivity";
    private const string Contact = "DeputyWithoutContact";

    private static readonly DateOnly FifteenDaysBefore = new(2026, 6, 15);

    private Reminders Reminders => new(Portal);

    private ComplianceHistory History => new(Portal);

    [Fact]
    public async Task Sweep_WarnsWhatTheQuarterStillLacks_OncePerQuarter()
    {
        await History.MeetingAsync(World.A, new DateTimeOffset(2026, 5, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        await History.GroupActivityAsync(World.B, new(2026, 5, 12), World.B.Deputies[0]);
        await History.ContactAsync(World.A.Deputies[2], new(2026, 5, 15));
        var (a, b) = (World.A, World.B);

        Assert.Equal(0, await Reminders.SweepOnAsync(FifteenDaysBefore.AddDays(-1), new SweepQuarterEndWarnings()));

        // A: the group × (leader, liaison) + five deputies; B: the meeting × (chair, secretary) + six deputies.
        Assert.Equal(15, await Reminders.SweepOnAsync(FifteenDaysBefore, new SweepQuarterEndWarnings()));
        Assert.Equal(Reminders.Expect((Group, a.Group.Id), (Contact, a.Deputies[0].Id)), await Reminders.InboxAsync("deputy.a"));
        Assert.Equal(Reminders.Expect((Contact, a.Deputies[1].Id)), await Reminders.InboxAsync("deputy2.a"));
        Assert.Equal(Reminders.Expect((Group, a.Group.Id), (Contact, a.Deputies[5].Id)), await Reminders.InboxAsync("presidium.a"));
        Assert.Equal(Reminders.Expect((Contact, a.Deputies[3].Id), (Contact, a.Deputies[4].Id)), await Reminders.InboxAsync("secretary.a"));
        Assert.Equal(
            Reminders.Expect((Meeting, b.Township.Id), (Contact, b.Deputies[1].Id), (Contact, b.Deputies[2].Id), (Contact, b.Deputies[3].Id), (Contact, b.Deputies[4].Id)),
            await Reminders.InboxAsync("secretary.b"));
        Assert.Equal(Reminders.Expect((Meeting, b.Township.Id), (Contact, b.Deputies[5].Id)), await Reminders.InboxAsync("presidium.b"));
        Assert.Equal(Reminders.Expect((Contact, b.Deputies[0].Id)), await Reminders.InboxAsync("deputy.b"));
        Assert.Empty(await Reminders.InboxAsync("unit.a"));

        Assert.Equal(0, await Reminders.SweepOnAsync(FifteenDaysBefore, new SweepQuarterEndWarnings()));
        Assert.Equal(0, await Reminders.SweepOnAsync(new(2026, 6, 30), new SweepQuarterEndWarnings()));
        Assert.Equal(15, await Reminders.CountAllAsync());

        var meeting = (await Reminders.ItemsAsync("presidium.b")).Single(i => i.GetProperty("kind").GetString() == Meeting);
        Assert.Equal($"/compliance?year=2026&quarter=2&townshipId={b.Township.Id}", meeting.GetProperty("link").GetString());
        Assert.Contains("2026年6月30日", meeting.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("2026年第2季度", meeting.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_NextQuarter_WarnsAfresh()
    {
        Assert.Equal(0, await Reminders.SweepOnAsync(new(2026, 9, 14), new SweepQuarterEndWarnings()));
        var first = await Reminders.SweepOnAsync(FifteenDaysBefore, new SweepQuarterEndWarnings());
        Assert.True(first > 0);
        Assert.Equal(first, await Reminders.SweepOnAsync(new(2026, 9, 15), new SweepQuarterEndWarnings()));
    }
}
