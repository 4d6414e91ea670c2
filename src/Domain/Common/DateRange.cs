namespace DeputyPortal.Domain.Common;

/// <summary>An inclusive range of calendar dates; <see cref="End"/> is open when null.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly? End)
{
    public bool Contains(DateOnly date) => date >= Start && (End is null || date <= End);

    public bool Covers(DateRange other) =>
        Contains(other.Start) && (End is null || (other.End is not null && other.End <= End));
}
