using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;

namespace DeputyPortal.Domain.UnitTests;

public sealed class DistrictAndDeputyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void District_ElectingOutsideOneToThree_BreaksR9(int seats)
    {
        var violation = RuleAssert.Breaks("R9.DistrictElectsOneToThreeDeputies", () => ElectoralDistrict.Create(Fixtures.Term(), "第一选区", 2000, seats));

        Assert.Equal("seats", violation.Field);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void District_ElectingOneToThree_IsAccepted(int seats) =>
        Assert.Equal(seats, ElectoralDistrict.Create(Fixtures.Term(), "第一选区", 2000, seats).Seats);

    [Fact]
    public void Deputy_BelongsToTheDistrictsTownshipAndTerm()
    {
        var term = Fixtures.Term();
        var district = Fixtures.District(term);

        var deputy = Deputy.Elect(district, Fixtures.Profile());

        Assert.Equal((term.TownshipId, term.Id, district.Id), (deputy.TownshipId, deputy.TermId, deputy.DistrictId));
        Assert.True(deputy.IsServing);
    }

    [Fact]
    public void Deputy_MovedToDistrictOfAnotherTerm_IsRefused()
    {
        var deputy = Fixtures.Deputy(Fixtures.Term());
        var otherTerm = Fixtures.District(Fixtures.Term(number: 19));

        RuleAssert.Breaks("DeputyDistrictInOwnTerm", () => deputy.MoveTo(otherTerm));
    }

    [Fact]
    public void Deputy_TerminatedWithReasonWithinTerm_IsNoLongerServing()
    {
        var term = Fixtures.Term();
        var deputy = Fixtures.Deputy(term);

        deputy.TerminateMandate(new DateOnly(2024, 6, 30), "工作调动", term.Period);

        Assert.Equal(DeputyStatus.Terminated, deputy.Status);
        Assert.Equal(new DateOnly(2024, 6, 30), deputy.TerminatedOn);
        Assert.Equal("工作调动", deputy.TerminationReason);
    }

    [Fact]
    public void Deputy_TerminatedTwice_ConflictsWithState()
    {
        var term = Fixtures.Term();
        var deputy = Fixtures.Deputy(term);
        deputy.TerminateMandate(new DateOnly(2024, 6, 30), "工作调动", term.Period);

        RuleAssert.Breaks("DeputyMandateTerminatesOnce", () => deputy.TerminateMandate(new DateOnly(2024, 7, 1), "辞职", term.Period), RuleViolationKind.ConflictsWithState);
    }

    [Fact]
    public void Deputy_TerminatedOutsideTerm_IsRefused()
    {
        var term = Fixtures.Term();

        RuleAssert.Breaks("DeputyTerminationWithinTerm", () => Fixtures.Deputy(term).TerminateMandate(new DateOnly(2030, 1, 1), "辞职", term.Period));
    }

    [Fact]
    public void Deputy_TerminatedWithoutReason_IsRefused()
    {
        var term = Fixtures.Term();

        RuleAssert.Breaks("DeputyTerminationHasReason", () => Fixtures.Deputy(term).TerminateMandate(new DateOnly(2024, 1, 1), "  ", term.Period));
    }
}
