using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>R10: the term's structure, its shares and the flags of its targets, at their edges.</summary>
public sealed class TermStructureTests
{
    private static readonly TermFact Term = new(Guid.CreateVersion7(), "第十八届", new DateOnly(2021, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2021, 9, 20));
    private static readonly TermFact Previous = new(Guid.CreateVersion7(), "第十七届", new DateOnly(2016, 10, 1), new DateOnly(2021, 9, 30), null);

    [Fact]
    public void Shares_CountEveryoneElected_TerminatedIncluded_WithOneDecimalPercentages()
    {
        List<StructureDeputyFact> deputies =
        [
            D(Gender.Female, party: PartyAffiliation.Masses, occupation: OccupationCategory.Worker, ethnicity: "蒙古族", terminatedOn: new DateOnly(2023, 1, 1)),
            D(occupation: OccupationCategory.PartyGovernmentLeader, reelected: true),
            D(occupation: OccupationCategory.BusinessManager, party: PartyAffiliation.DemocraticParty),
        ];

        var outcome = TermStructure.Evaluate(Term, deputies, null, [], TermStructureTargets.Default);

        Assert.Equal(3, outcome.Deputies);
        Assert.Equal((1, 33.3m), Share(outcome, TermStructure.Women));
        Assert.Equal((2, 66.7m), Share(outcome, TermStructure.NonCpc));
        Assert.Equal((1, 33.3m), Share(outcome, TermStructure.Grassroots));
        Assert.Equal((1, 33.3m), Share(outcome, TermStructure.Officials));
        Assert.Equal((1, 33.3m), Share(outcome, TermStructure.EnterpriseHeads));
        Assert.Equal((1, 33.3m), Share(outcome, TermStructure.EthnicMinorities));
        Assert.All(outcome.Shares, s => Assert.Null(s.PreviousCount));
    }

    [Fact]
    public void UnderForty_IsTheAgeOnTheElectionDay()
    {
        var fortyOnElectionDay = D(birthDate: new DateOnly(1981, 9, 20));
        var fortyTheDayAfter = D(birthDate: new DateOnly(1981, 9, 21));

        var outcome = TermStructure.Evaluate(Term, [fortyOnElectionDay, fortyTheDayAfter], null, [], TermStructureTargets.Default);

        Assert.Equal(new DateOnly(2021, 9, 20), outcome.AgeOn);
        Assert.Equal((1, 50.0m), Share(outcome, TermStructure.UnderForty));
    }

    [Fact]
    public void WithoutAPreviousTerm_TheComparisonsAreNoComparison_NotMissed()
    {
        var outcome = TermStructure.Evaluate(Term, [D(Gender.Female)], null, [], TermStructureTargets.Default);

        Assert.Equal(StructureFlagStatus.NoComparison, Flag(outcome, TermStructure.Women).Status);
        Assert.Equal(StructureFlagStatus.NoComparison, Flag(outcome, TermStructure.Officials).Status);
        Assert.EndsWith("没有上届的记录可比。", Flag(outcome, TermStructure.Women).Summary);
    }

    [Fact]
    public void NonCpc_AtExactly35Percent_IsMet_AndBelow_NotMet()
    {
        var at = Many(20, 7, d => d with { Party = PartyAffiliation.Masses });
        var below = Many(20, 6, d => d with { Party = PartyAffiliation.Masses });

        Assert.Equal(StructureFlagStatus.Met, Flag(TermStructure.Evaluate(Term, at, null, [], TermStructureTargets.Default), TermStructure.NonCpc).Status);
        Assert.Equal(StructureFlagStatus.NotMet, Flag(TermStructure.Evaluate(Term, below, null, [], TermStructureTargets.Default), TermStructure.NonCpc).Status);
    }

    [Theory]
    [InlineData(28, StructureFlagStatus.Met)] // 33 − 5: the lower edge
    [InlineData(27, StructureFlagStatus.NotMet)]
    [InlineData(38, StructureFlagStatus.Met)] // 33 + 5: the upper edge
    [InlineData(39, StructureFlagStatus.NotMet)]
    public void Reelected_WithinTargetPlusOrMinusTolerance_IsMet_EdgesIncluded(int reelectedOf100, StructureFlagStatus expected)
    {
        var deputies = Many(100, reelectedOf100, d => d with { IsReelected = true });

        var flag = Flag(TermStructure.Evaluate(Term, deputies, null, [], TermStructureTargets.Default), TermStructure.Reelected);

        Assert.Equal(expected, flag.Status);
        Assert.Equal("连任代表约占33%（28%至38%）", flag.Title);
    }

    [Fact]
    public void Women_BelowThePreviousTerm_IsNotMet_EqualShareIsMet_AndOfficialsAbove_NotMet()
    {
        var previous = Many(40, 12, d => d with { Gender = Gender.Female }); // 30 %
        var equal = Many(50, 15, d => d with { Gender = Gender.Female }); // 30 %
        var below = Many(50, 14, d => d with { Gender = Gender.Female }); // 28 %
        var previousOfficials = Many(40, 6, d => d with { Occupation = OccupationCategory.PartyGovernmentLeader }); // 15 %
        var moreOfficials = Many(50, 8, d => d with { Occupation = OccupationCategory.PartyGovernmentLeader }); // 16 %

        Assert.Equal(StructureFlagStatus.Met, Flag(TermStructure.Evaluate(Term, equal, Previous, previous, TermStructureTargets.Default), TermStructure.Women).Status);
        var missed = TermStructure.Evaluate(Term, below, Previous, previous, TermStructureTargets.Default);
        Assert.Equal(StructureFlagStatus.NotMet, Flag(missed, TermStructure.Women).Status);
        Assert.Equal("妇女代表14名，占28.0%；上届12名，占30.0%。", Flag(missed, TermStructure.Women).Summary);
        var women = missed.Shares.Single(s => s.Key == TermStructure.Women);
        Assert.Equal((12, 30.0m, -2.0m), (women.PreviousCount, women.PreviousPercent, women.Change));
        Assert.Equal("第十七届", missed.PreviousTermName);
        Assert.Equal(
            StructureFlagStatus.NotMet,
            Flag(TermStructure.Evaluate(Term, moreOfficials, Previous, previousOfficials, TermStructureTargets.Default), TermStructure.Officials).Status);
        Assert.Equal(
            StructureFlagStatus.Met,
            Flag(TermStructure.Evaluate(Term, previousOfficials, Previous, previousOfficials, TermStructureTargets.Default), TermStructure.Officials).Status);
    }

    [Fact]
    public void ComparisonsSwitchedOff_AreNotFlagged_AndNoDeputies_HaveNoPercent()
    {
        var targets = TermStructureTargets.Default with { WomenNotBelowPreviousTerm = false, OfficialsNotAbovePreviousTerm = false };

        var outcome = TermStructure.Evaluate(Term, [], null, [], targets);

        Assert.Equal([TermStructure.NonCpc, TermStructure.Reelected], outcome.Flags.Select(f => f.Key));
        Assert.All(outcome.Shares, s => Assert.Null(s.Percent));
        Assert.All(outcome.Flags, f => Assert.Equal(StructureFlagStatus.NotMet, f.Status));
    }

    private static (int, decimal?) Share(TermStructureOutcome outcome, string key)
    {
        var share = outcome.Shares.Single(s => s.Key == key);
        return (share.Count, share.Percent);
    }

    private static StructureFlag Flag(TermStructureOutcome outcome, string key) => outcome.Flags.Single(f => f.Key == key);

    /// <summary><paramref name="total"/> deputies, the first <paramref name="marked"/> of them changed by <paramref name="mark"/>.</summary>
    private static List<StructureDeputyFact> Many(int total, int marked, Func<StructureDeputyFact, StructureDeputyFact> mark) =>
        [.. Enumerable.Range(0, total).Select(i => i < marked ? mark(D()) : D())];

    private static StructureDeputyFact D(
        Gender gender = Gender.Male,
        PartyAffiliation party = PartyAffiliation.CpcMember,
        OccupationCategory occupation = OccupationCategory.Other,
        string ethnicity = "汉族",
        bool reelected = false,
        DateOnly? birthDate = null,
        DateOnly? terminatedOn = null) =>
        new(Guid.CreateVersion7(), gender, birthDate ?? new DateOnly(1970, 1, 1), ethnicity, party, occupation, reelected, terminatedOn);
}
