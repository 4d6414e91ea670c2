namespace DeputyPortal.Application.OData;

/// <summary>
/// The part of a feed query on the compliance sets that restricts their dimensions (township, year, quarter,
/// term), read from the $filter by the feed: only the townships, years, quarters and terms it admits are counted.
/// It may admit more rows than the $filter (which still applies to the evaluated rows), never fewer.
/// </summary>
public sealed record ComplianceSlice
{
    public static ComplianceSlice All { get; } = new();

    public IReadOnlySet<Guid>? TownshipIds { get; init; }

    public IReadOnlySet<string>? TownshipCodes { get; init; }

    public IReadOnlySet<string>? TownshipNames { get; init; }

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    public int? FromQuarter { get; init; }

    public int? ToQuarter { get; init; }

    public IReadOnlySet<Guid>? TermIds { get; init; }

    public int? FromTermNumber { get; init; }

    public int? ToTermNumber { get; init; }

    public bool AdmitsYear(int year) => (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear);

    public bool AdmitsQuarter(int quarter) => (FromQuarter is null || quarter >= FromQuarter) && (ToQuarter is null || quarter <= ToQuarter);

    public bool AdmitsTerm(Guid id, int number) =>
        (TermIds is null || TermIds.Contains(id)) && (FromTermNumber is null || number >= FromTermNumber) && (ToTermNumber is null || number <= ToTermNumber);
}
