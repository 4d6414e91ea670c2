using System.Globalization;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>Small, valid domain objects to start each rule test from.</summary>
internal static class Fixtures
{
    public static readonly Guid TownshipA = Guid.CreateVersion7();
    public static readonly Guid TownshipB = Guid.CreateVersion7();

    /// <summary>The user who takes workflow steps unless a test names another.</summary>
    public static readonly Guid ActorUserId = Guid.CreateVersion7();

    public static Term Term(Guid? townshipId = null, int number = 18) =>
        Domain.Terms.Term.Create(townshipId ?? TownshipA, number, new DateOnly(2021, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2021, 9, 20));

    public static ElectoralDistrict District(Term term, string name = "第一选区") => ElectoralDistrict.Create(term, name, 2000, 2);

    public static Deputy Deputy(Term term, string name = "张伟") =>
        Deputies.Deputy.Elect(District(term), Profile(name));

    public static DeputyProfile Profile(string name = "张伟") => new(
        name, Gender.Male, new DateOnly(1975, 5, 1), "汉族", PartyAffiliation.CpcMember, OccupationCategory.Farmer,
        Education.HighSchool, "13800001234", IsReelected: false, IsCountyDeputy: false);

    public static HandlingUnit Unit(string name = "农业综合服务中心", Guid? townshipId = null) =>
        HandlingUnit.Register(townshipId ?? TownshipA, name, HandlingUnitKind.Station, "王主任");

    /// <summary>A session of the term that opened and closed on the given dates.</summary>
    public static CongressSession Session(Term term, int number, DateOnly openedOn, DateOnly closedOn)
    {
        var session = CongressSession.Plan(term, number);
        session.RecordDates(term, openedOn, closedOn);
        return session;
    }

    /// <summary>A workflow step taken on the given China date (at 09:30 +08:00) by the named actor.</summary>
    public static ProposalStep Step(DateOnly today, string actor = "经办人", Guid? actorUserId = null) =>
        new(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)), today, actorUserId ?? ActorUserId, actor);

    public static DateOnly Date(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
