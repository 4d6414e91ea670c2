using DeputyPortal.Api.FunctionalTests.Compliance;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Notifications.Sweeps;
using DeputyPortal.Domain.Meetings;

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
    public async Task Warnings_AgreeWithTheComplianceAnswer()
    {
        await History.GroupActivityAsync(World.A, new(2026, 5, 12), World.A.Deputies[4]); // no member of the group attended: R4 still short
        await History.GroupActivityAsync(World.B, new(2026, 5, 12), World.B.Deputies[1]);
        await History.MeetingAsync(World.A, new DateTimeOffset(2026, 4, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        await History.MeetingAsync(World.B, new DateTimeOffset(2026, 5, 10, 9, 0, 0, TimeSpan.FromHours(8)), PresidiumMeetingKind.Extraordinary); // not a regular one
        await Reminders.SweepOnAsync(FifteenDaysBefore, new SweepQuarterEndWarnings());

        foreach (var (town, secretary) in new[] { (World.A, "secretary.a"), (World.B, "secretary.b") })
        {
            var response = await (await As(secretary)).GetAsync($"/api/v1/townships/{town.Township.Id}/compliance?year=2026&quarter=2");
            var rules = (await response.JsonAsync()).GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!);
            var r4Offenders = rules["R4"].GetProperty("offenders").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToHashSet();
            var warned = new HashSet<(string Kind, Guid Subject)>();
            foreach (var role in new[] { "secretary", "presidium", "deputy" })
            {
                warned.UnionWith(await Reminders.InboxAsync($"{role}.{secretary[^1]}"));
            }

            Assert.Equal(rules["R3"].GetProperty("status").GetString() != "Met", warned.Contains((Meeting, town.Township.Id)));
            Assert.Equal(r4Offenders.Contains(town.Group.Id), warned.Contains((Group, town.Group.Id)));
        }

        // A held its regular meeting and its group's activity went unattended; B the other way round.
        Assert.DoesNotContain((Meeting, World.A.Township.Id), await Reminders.InboxAsync("secretary.a"));
        Assert.Contains((Group, World.A.Group.Id), await Reminders.InboxAsync("deputy.a"));
        Assert.Contains((Meeting, World.B.Township.Id), await Reminders.InboxAsync("secretary.b"));
        Assert.DoesNotContain((Group, World.B.Group.Id), await Reminders.InboxAsync("deputy.b"));
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
