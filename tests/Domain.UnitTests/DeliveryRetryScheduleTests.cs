using DeputyPortal.Domain.Notifications;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>A failed delivery waits longer after each attempt, and the last attempt ends it (DESIGN §6).</summary>
public sealed class DeliveryRetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 30)]
    [InlineData(4, 120)]
    public void AFailedAttempt_WaitsItsBackoff(int attempts, int minutes) =>
        Assert.Equal(Now.AddMinutes(minutes), DeliveryRetrySchedule.Default.NextAttemptAfterFailure(attempts, Now));

    [Fact]
    public void TheLastAttempt_EndsIt() => Assert.Null(DeliveryRetrySchedule.Default.NextAttemptAfterFailure(5, Now));

    [Fact]
    public void PastTheListedWaits_TheLastOneRepeats() =>
        Assert.Equal(Now.AddMinutes(5), new DeliveryRetrySchedule(9, [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)]).NextAttemptAfterFailure(6, Now));

    [Fact]
    public void WithoutWaits_ItIsDueAtOnce() => Assert.Equal(Now, new DeliveryRetrySchedule(3, []).NextAttemptAfterFailure(1, Now));

    [Fact]
    public void ARobotsKey_LeavesTheRecipientOut() =>
        Assert.Equal($"webhook:360000000001:ProposalDueSoon:{Guid.Empty:N}:20260630-15d",
            NotificationDelivery.WebhookKeyOf("360000000001", NotificationKind.ProposalDueSoon, Guid.Empty, "20260630-15d"));
}
