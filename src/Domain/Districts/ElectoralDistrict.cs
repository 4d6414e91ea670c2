using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.Districts;

/// <summary>选区: an electoral district of one term, electing one to three deputies (R9).</summary>
public sealed class ElectoralDistrict : Entity, ITownshipScoped
{
    public const int MinSeats = 1;
    public const int MaxSeats = 3;

    private ElectoralDistrict()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    public string Name { get; private set; } = null!;

    public int VoterCount { get; private set; }

    public int Seats { get; private set; }

    public static ElectoralDistrict Create(Term term, string name, int voterCount, int seats)
    {
        var district = new ElectoralDistrict { TownshipId = term.TownshipId, TermId = term.Id };
        district.Update(name, voterCount, seats);
        return district;
    }

    public void Update(string name, int voterCount, int seats)
    {
        Rule.Require(
            seats is >= MinSeats and <= MaxSeats,
            "R9.DistrictElectsOneToThreeDeputies",
            $"每个选区应选代表{MinSeats}至{MaxSeats}名。",
            "seats");
        Rule.Require(voterCount >= 0, "VoterCountIsNotNegative", "选民人数不能为负数。", "voterCount");
        (Name, VoterCount, Seats) = (name, voterCount, seats);
    }
}
