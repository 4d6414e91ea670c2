using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Settings;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>A township's compliance numbers (DESIGN §4): the documented defaults, and only consistent changes.</summary>
public sealed class ComplianceSettingsTests
{
    [Fact]
    public void Defaults_AreTheNumbersOfDesign()
    {
        var rules = TownshipSettings.DefaultsFor(Fixtures.TownshipA).Compliance;

        Assert.Equal(ComplianceRules.Default, rules);
        Assert.Equal(
            (1, 2, 3, 1, 2, 1, 1, 10, 2, 3, 2),
            (rules.RegularMeetingsPerQuarter, rules.QuorumNumerator, rules.QuorumDenominator, rules.PassingNumerator, rules.PassingDenominator,
                rules.GroupActivitiesPerQuarter, rules.ContactsPerDeputyPerQuarter, rules.MinimumConstituentsPerDeputy, rules.SessionsPerYear,
                rules.FirstSessionDueMonth, rules.NewTermFirstSessionMonths));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(5, 4)]
    [InlineData(9, 6)]
    [InlineData(10, 7)]
    public void Quorum_IsAtLeastTwoThirdsOfAllMembers(int members, int quorum) =>
        Assert.Equal(quorum, ComplianceRules.Default.QuorumOf(members));

    [Theory]
    [InlineData(3, 2)]
    [InlineData(8, 5)]
    [InlineData(9, 5)]
    [InlineData(10, 6)]
    public void Majority_IsMoreThanHalfOfAllMembers(int members, int majority) =>
        Assert.Equal(majority, ComplianceRules.Default.MajorityOf(members));

    [Fact]
    public void ChangeCompliance_ReadsBackEveryNumber()
    {
        var settings = TownshipSettings.DefaultsFor(Fixtures.TownshipA);
        var rules = new ComplianceRules(2, 3, 4, 2, 3, 2, 3, 15, 3, 4, 3);

        settings.ChangeCompliance(rules);

        Assert.Equal(rules, settings.Compliance);
        Assert.Equal(3, settings.Compliance.QuorumOf(4));
        Assert.Equal(7, settings.Compliance.MajorityOf(9));
    }

    [Theory]
    [InlineData(1, 2, "quorumNumerator")]
    [InlineData(4, 3, "quorumNumerator")]
    [InlineData(1, 3, "quorumNumerator")]
    public void Quorum_NotAMajorityOrAboveAll_IsRefused(int numerator, int denominator, string field)
    {
        var settings = TownshipSettings.DefaultsFor(Fixtures.TownshipA);

        var violation = RuleAssert.Breaks(
            "SettingInRange",
            () => settings.ChangeCompliance(ComplianceRules.Default with { QuorumNumerator = numerator, QuorumDenominator = denominator }));

        Assert.Equal(field, violation.Field);
        Assert.Equal(ComplianceRules.Default, settings.Compliance);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 2)]
    public void Passing_BelowHalfOrAllMembers_IsRefused(int numerator, int denominator)
    {
        var settings = TownshipSettings.DefaultsFor(Fixtures.TownshipA);

        var violation = RuleAssert.Breaks(
            "SettingInRange",
            () => settings.ChangeCompliance(ComplianceRules.Default with { PassingNumerator = numerator, PassingDenominator = denominator }));

        Assert.Equal("passingNumerator", violation.Field);
    }

    [Theory]
    [InlineData(nameof(ComplianceRules.RegularMeetingsPerQuarter), 0)]
    [InlineData(nameof(ComplianceRules.GroupActivitiesPerQuarter), 13)]
    [InlineData(nameof(ComplianceRules.ContactsPerDeputyPerQuarter), 0)]
    [InlineData(nameof(ComplianceRules.MinimumConstituentsPerDeputy), 0)]
    [InlineData(nameof(ComplianceRules.SessionsPerYear), 7)]
    [InlineData(nameof(ComplianceRules.FirstSessionDueMonth), 13)]
    [InlineData(nameof(ComplianceRules.NewTermFirstSessionMonths), 0)]
    public void ANumberOutOfRange_IsRefusedNamingItsField(string setting, int value)
    {
        var settings = TownshipSettings.DefaultsFor(Fixtures.TownshipA);
        var rules = setting switch
        {
            nameof(ComplianceRules.RegularMeetingsPerQuarter) => ComplianceRules.Default with { RegularMeetingsPerQuarter = value },
            nameof(ComplianceRules.GroupActivitiesPerQuarter) => ComplianceRules.Default with { GroupActivitiesPerQuarter = value },
            nameof(ComplianceRules.ContactsPerDeputyPerQuarter) => ComplianceRules.Default with { ContactsPerDeputyPerQuarter = value },
            nameof(ComplianceRules.MinimumConstituentsPerDeputy) => ComplianceRules.Default with { MinimumConstituentsPerDeputy = value },
            nameof(ComplianceRules.SessionsPerYear) => ComplianceRules.Default with { SessionsPerYear = value },
            nameof(ComplianceRules.FirstSessionDueMonth) => ComplianceRules.Default with { FirstSessionDueMonth = value },
            _ => ComplianceRules.Default with { NewTermFirstSessionMonths = value },
        };

        var violation = RuleAssert.Breaks("SettingInRange", () => settings.ChangeCompliance(rules));

        Assert.Equal(char.ToLowerInvariant(setting[0]) + setting[1..], violation.Field);
    }
}
