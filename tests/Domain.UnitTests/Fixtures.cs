using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>Small, valid domain objects to start each rule test from.</summary>
internal static class Fixtures
{
    public static readonly Guid TownshipA = Guid.CreateVersion7();
    public static readonly Guid TownshipB = Guid.CreateVersion7();

    public static Term Term(Guid? townshipId = null, int number = 18) =>
        Domain.Terms.Term.Create(townshipId ?? TownshipA, number, new DateOnly(2021, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2021, 9, 20));

    public static ElectoralDistrict District(Term term, string name = "第一选区") => ElectoralDistrict.Create(term, name, 2000, 2);

    public static Deputy Deputy(Term term, string name = "张伟") =>
        Deputies.Deputy.Elect(District(term), Profile(name));

    public static DeputyProfile Profile(string name = "张伟") => new(
        name, Gender.Male, new DateOnly(1975, 5, 1), "汉族", PartyAffiliation.CpcMember, OccupationCategory.Farmer,
        Education.HighSchool, "13800001234", IsReelected: false, IsCountyDeputy: false);
}
