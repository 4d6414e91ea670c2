namespace DeputyPortal.Domain.Compliance;

/// <summary>A calendar quarter (季度) of Chinese dates: Q1 is 1 January to 31 March.</summary>
public readonly record struct Quarter
{
    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        (Year, Number) = (year, number);
    }

    public int Year { get; }

    public int Number { get; }

    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public string Name => $"{Year}年第{Number}季度";

    public static Quarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() => $"{Year}-Q{Number}";
}
