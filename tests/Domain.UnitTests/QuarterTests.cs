using System.Globalization;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>Quarters are calendar quarters of Chinese dates (DESIGN §4).</summary>
public sealed class QuarterTests
{
    [Theory]
    [InlineData(1, "2026-01-01", "2026-03-31")]
    [InlineData(2, "2026-04-01", "2026-06-30")]
    [InlineData(3, "2026-07-01", "2026-09-30")]
    [InlineData(4, "2026-10-01", "2026-12-31")]
    public void AQuarter_RunsFromItsFirstToItsLastDay(int number, string start, string end)
    {
        var quarter = new Quarter(2026, number);

        Assert.Equal((DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)), (quarter.Start, quarter.End));
        Assert.Equal(quarter, Quarter.Of(DateOnly.Parse(start, CultureInfo.InvariantCulture)));
        Assert.Equal(quarter, Quarter.Of(DateOnly.Parse(end, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TheLastEveningOfMarchInShanghai_IsStillTheFirstQuarter()
    {
        var heldAt = DateTimeOffset.Parse("2026-03-31T23:30:00+08:00", CultureInfo.InvariantCulture);

        Assert.Equal(new Quarter(2026, 1), Quarter.Of(ChinaDates.DateOf(heldAt)));
    }

    [Fact]
    public void TenPastMidnightOnTheFirstOfApril_IsTheSecondQuarter_ThoughUtcIsStillInMarch()
    {
        var heldAt = DateTimeOffset.Parse("2026-03-31T16:10:00Z", CultureInfo.InvariantCulture);

        Assert.Equal(new DateOnly(2026, 4, 1), ChinaDates.DateOf(heldAt));
        Assert.Equal(new Quarter(2026, 2), Quarter.Of(ChinaDates.DateOf(heldAt)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void AQuarterNumberOutsideOneToFour_IsRefused(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2026, number));

    [Fact]
    public void Decide_MetAtOnce_BreachedOnlyAfterTheDueDate()
    {
        var due = new DateOnly(2026, 3, 31);

        Assert.Equal(ComplianceStatus.Met, ComplianceStatuses.Decide(true, due, due.AddDays(-30)));
        Assert.Equal(ComplianceStatus.Pending, ComplianceStatuses.Decide(false, due, due));
        Assert.Equal(ComplianceStatus.Breached, ComplianceStatuses.Decide(false, due, due.AddDays(1)));
    }
}
