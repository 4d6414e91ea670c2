using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Notifications.Sweeps;

namespace DeputyPortal.Api.FunctionalTests.Notifications;

/// <summary>
/// A reply not yet rated 15 days after it was given, while its evaluation window (20 working days) is still open,
/// reminds the lead deputy once; a deputy without an active account is the secretary's to tell.
/// </summary>
public sealed class AwaitedRatingRemindersTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private Reminders Reminders => new(Portal);

    private ProposalHistory History => new(Portal);

    [Fact]
    public async Task Sweep_RemindsTheLeadDeputy15DaysAfterTheReply_Once()
    {
        var due = await History.RepliedOnAsync(new(2026, 4, 1), Today.AddDays(-15));
        var older = await History.RepliedOnAsync(new(2026, 4, 1), Today.AddDays(-20));
        var recent = await History.RepliedOnAsync(new(2026, 4, 1), Today.AddDays(-14));
        await History.RepliedOnAsync(new(2026, 3, 1), new(2026, 4, 20)); // its window ended in May: accepted, not reminded

        Assert.Equal(0, await Reminders.SweepOnAsync(new(2026, 5, 1), new SweepAwaitedRatings()));

        Assert.Equal(2, await Reminders.SweepOnAsync(Today, new SweepAwaitedRatings()));
        Assert.Equal(Reminders.Expect(("RatingAwaited", due), ("RatingAwaited", older)), await Reminders.InboxAsync("deputy.a"));
        Assert.Empty(await Reminders.InboxAsync("secretary.a"));
        Assert.Empty(await Reminders.InboxAsync("unit.a"));

        Assert.Equal(0, await Reminders.SweepOnAsync(Today, new SweepAwaitedRatings()));
        Assert.Equal(1, await Reminders.SweepOnAsync(Today.AddDays(1), new SweepAwaitedRatings())); // the recent one's day
        Assert.Contains(("RatingAwaited", recent), await Reminders.InboxAsync("deputy.a"));
        Assert.Equal(3, await Reminders.CountAllAsync());

        var item = (await Reminders.ItemsAsync("deputy.a")).First(i => i.GetProperty("subjectId").GetGuid() == due);
        Assert.Equal($"/proposals/{due}", item.GetProperty("link").GetString());
        Assert.Contains("2026年5月31日答复", item.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("前评价", item.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_WhenTheDeputyHasNoActiveAccount_TellsTheSecretary()
    {
        await Reminders.LockAsync("deputy.b");
        var due = await History.RepliedOnAsync(new(2026, 4, 1), Today.AddDays(-16), town: World.B);

        Assert.Equal(1, await Reminders.SweepOnAsync(Today, new SweepAwaitedRatings()));
        Assert.Equal(Reminders.Expect(("RatingAwaited", due)), await Reminders.InboxAsync("secretary.b"));
        Assert.Empty(await Reminders.InboxAsync("secretary.a"));
    }
}
