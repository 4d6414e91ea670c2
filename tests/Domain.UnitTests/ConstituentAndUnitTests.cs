using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.HandlingUnits;

namespace DeputyPortal.Domain.UnitTests;

public sealed class ConstituentAndUnitTests
{
    [Fact]
    public void Constituent_AssignedToDeputyWhoseMandateEnded_IsRefused()
    {
        var term = Fixtures.Term();
        var deputy = Fixtures.Deputy(term);
        deputy.TerminateMandate(new DateOnly(2024, 1, 1), "迁出", term.Period);

        RuleAssert.Breaks("ConstituentDeputyIsServing", () => Constituent.AssignTo(deputy, "李娜", ConstituentKind.Voter, "茶亭村", null, null));
    }

    [Fact]
    public void Constituent_ReassignedToDeputyOfAnotherTownship_IsRefused()
    {
        var constituent = Constituent.AssignTo(Fixtures.Deputy(Fixtures.Term()), "李娜", ConstituentKind.Voter, "茶亭村", null, null);
        var stranger = Fixtures.Deputy(Fixtures.Term(Fixtures.TownshipB));

        RuleAssert.Breaks("ConstituentDeputyOfSameTownship", () => constituent.Reassign(stranger));
    }

    [Fact]
    public void Constituent_DeactivatedTwice_ConflictsWithState()
    {
        var constituent = Constituent.AssignTo(Fixtures.Deputy(Fixtures.Term()), "李娜", ConstituentKind.Household, "茶亭村", null, null);
        constituent.Deactivate();

        RuleAssert.Breaks("ConstituentDeactivatesOnce", constituent.Deactivate, RuleViolationKind.ConflictsWithState);
    }

    [Fact]
    public void HandlingUnit_DeactivatedAndReactivated_IsActiveAgain()
    {
        var unit = HandlingUnit.Register(Fixtures.TownshipA, "财政所", HandlingUnitKind.Station, "周所长");
        unit.Deactivate();

        unit.Reactivate();

        Assert.True(unit.IsActive);
        RuleAssert.Breaks("HandlingUnitReactivatesOnlyWhenInactive", unit.Reactivate, RuleViolationKind.ConflictsWithState);
    }
}
