using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>The rules not covered by the per-aggregate test classes: each named rule refuses what it should.</summary>
public sealed class RemainingRuleTests
{
    [Fact]
    public void Term_ElectedMoreThanAMonthAfterItStarts_IsRefused() =>
        RuleAssert.Breaks("TermElectionPrecedesTerm", () =>
            Term.Create(Fixtures.TownshipA, 18, new DateOnly(2021, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2021, 11, 2)));

    [Fact]
    public void Session_NumberedZero_IsRefused() =>
        RuleAssert.Breaks("SessionNumberIsPositive", () => CongressSession.Plan(Fixtures.Term(), 0));

    [Fact]
    public void Session_DatesRecordedAgainstAnotherTerm_AreRefused()
    {
        var session = CongressSession.Plan(Fixtures.Term(), 1);

        RuleAssert.Breaks("SessionBelongsToItsTerm", () => session.RecordDates(Fixtures.Term(number: 19), new DateOnly(2022, 3, 1), null));
    }

    [Fact]
    public void District_WithNegativeVoterCount_IsRefused() =>
        RuleAssert.Breaks("VoterCountIsNotNegative", () => ElectoralDistrict.Create(Fixtures.Term(), "第一选区", -1, 2));

    [Fact]
    public void Deputy_BornBefore1900_IsRefused() =>
        RuleAssert.Breaks("DeputyBirthDateIsPlausible", () =>
            Deputy.Elect(Fixtures.District(Fixtures.Term()), Fixtures.Profile() with { BirthDate = new DateOnly(1899, 12, 31) }));

    [Fact]
    public void PresidiumPost_StartingOutsideTerm_IsRefused()
    {
        var term = Fixtures.Term();

        RuleAssert.Breaks("PresidiumPostWithinTerm", () => PresidiumMember.Appoint(term, Fixtures.Deputy(term), PresidiumPost.Member, new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void PresidiumPost_EndedBeforeItStarted_IsRefused()
    {
        var term = Fixtures.Term();
        var member = PresidiumMember.Appoint(term, Fixtures.Deputy(term), PresidiumPost.Member, new DateOnly(2022, 1, 1));

        RuleAssert.Breaks("PresidiumPostEndsAfterItStarts", () => member.EndPost(new DateOnly(2021, 12, 31)));
    }

    [Fact]
    public void PresidiumPost_EndedTwice_ConflictsWithState()
    {
        var term = Fixtures.Term();
        var member = PresidiumMember.Appoint(term, Fixtures.Deputy(term), PresidiumPost.Member, new DateOnly(2022, 1, 1));
        member.EndPost(new DateOnly(2023, 1, 1));

        RuleAssert.Breaks("PresidiumPostEndsOnce", () => member.EndPost(new DateOnly(2024, 1, 1)), RuleViolationKind.ConflictsWithState);
    }

    [Fact]
    public void Group_WithoutMembers_IsRefused()
    {
        var term = Fixtures.Term();

        RuleAssert.Breaks("GroupHasMembers", () => RepresentativeGroup.Form(term, "第一小组", [], Fixtures.Deputy(term), null));
    }

    [Fact]
    public void Constituent_ReactivatedWhileActive_ConflictsWithState()
    {
        var constituent = Constituent.AssignTo(Fixtures.Deputy(Fixtures.Term()), "李娜", ConstituentKind.Voter, "茶亭村", null, null);

        RuleAssert.Breaks("ConstituentReactivatesOnlyWhenInactive", constituent.Reactivate, RuleViolationKind.ConflictsWithState);
    }

    [Fact]
    public void HandlingUnit_DeactivatedTwice_ConflictsWithState()
    {
        var unit = HandlingUnit.Register(Fixtures.TownshipA, "财政所", HandlingUnitKind.Station, null);
        unit.Deactivate();

        RuleAssert.Breaks("HandlingUnitDeactivatesOnce", unit.Deactivate, RuleViolationKind.ConflictsWithState);
    }
}
