namespace DeputyPortal.Benchmarks.Generation;

/// <summary>
/// How much synthetic data to generate. Per township the shape is the same at every scale (two terms of 25 deputies,
/// 6,000 constituents, 2,000 proposals in the current term, ten years of activities, meetings, contacts and reviews), so cost growth between scales shows how an operation grows with the number of townships.
/// </summary>
public sealed record Scale(string Name, int Townships)
{
    public const int TermsPerTownship = 2;
    public const int DeputiesPerTerm = 25;
    public const int DistrictsPerTerm = 10;
    public const int GroupsPerTerm = 4;
    public const int PresidiumSize = 7;
    public const int HandlingUnitsPerTownship = 10;
    public const int ConstituentsPerTownship = 6_000;
    public const int ProposalsPerTownship = 2_000;
    /// <summary>Constituents assigned to each serving deputy of the previous term, stopped when it ended, so its contacts name someone.</summary>
    public const int PreviousTermConstituentsPerDeputy = 40;

    /// <summary>Ten years of records per township (2016-10 to <see cref="CountyGenerator.Now"/>), spread over both terms by their days.</summary>
    public const int ActivitiesPerTownship = 10_000;
    public const int ContactsPerTownship = 33_000;

    public static readonly Scale Town = new("town", 1);
    public static readonly Scale County = new("county", 30);
    public static readonly Scale Province = new("province", 300);

    public static Scale Parse(string name) => name switch
    {
        "town" => Town,
        "county" => County,
        "province" => Province,
        _ => throw new ArgumentException($"unknown scale '{name}': town, county or province"),
    };

    public int Deputies => Townships * TermsPerTownship * DeputiesPerTerm;

    public int Constituents => Townships * (ConstituentsPerTownship + (DeputiesPerTerm * PreviousTermConstituentsPerDeputy));

    public int Activities => Townships * ActivitiesPerTownship;

    public int Proposals => Townships * ProposalsPerTownship;
}
