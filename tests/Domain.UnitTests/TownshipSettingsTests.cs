using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Settings;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>A township's own numbers for the proposal workflow: defaults of DESIGN §3, and only consistent changes.</summary>
public sealed class TownshipSettingsTests
{
    [Fact]
    public void Defaults_AreTheNumbersOfDesign()
    {
        var rules = ProposalRules.Default;

        Assert.Equal(
            (5, 3, 6, 1, 1, 10, 20, 1, 30, 7),
            (rules.MotionMinimumSigners, rules.HandlingMonths, rules.ComplexHandlingMonths, rules.SessionAssignmentMonths, rules.CoUnitInputMonths,
                rules.ReturnWindowDays, rules.EvaluationWorkingDays, rules.RehandlingMonths, rules.YellowWarningDays, rules.RedWarningDays));
        Assert.Contains("农业农村", rules.Categories);
    }

    [Fact]
    public void DefaultsFor_ATownship_ReadBackAsTheDefaultRules()
    {
        var settings = TownshipSettings.DefaultsFor(Fixtures.TownshipA);

        Assert.Equal(Fixtures.TownshipA, settings.TownshipId);
        AssertSameRules(ProposalRules.Default, settings.Proposals);
    }

    [Fact]
    public void Change_ReadsBackEveryNumberAndCategory()
    {
        var settings = TownshipSettings.DefaultsFor(Fixtures.TownshipA);
        var rules = new ProposalRules(3, 2, 4, 2, 2, 15, 15, 2, 20, 5, ["经济发展", "旅游", "其他"]);

        settings.Change(rules);

        AssertSameRules(rules, settings.Proposals);
    }

    [Fact]
    public void Change_KeepsItsOwnCopyOfTheCategories()
    {
        var settings = TownshipSettings.DefaultsFor(Fixtures.TownshipA);
        var categories = new List<string> { "经济发展", "其他" };

        settings.Change(ProposalRules.Default with { Categories = categories });
        categories.Add("旅游");

        Assert.Equal(["经济发展", "其他"], settings.Proposals.Categories);
    }

    [Theory]
    [InlineData(7, 7)]
    [InlineData(5, 7)]
    public void YellowThreshold_NotAboveTheRedOne_IsRefused(int yellow, int red)
    {
        var settings = TownshipSettings.DefaultsFor(Fixtures.TownshipA);

        var violation = RuleAssert.Breaks("YellowBeforeRed", () => settings.Change(ProposalRules.Default with { YellowWarningDays = yellow, RedWarningDays = red }));

        Assert.Equal("yellowWarningDays", violation.Field);
        Assert.Equal(30, settings.YellowWarningDays);
    }

    [Fact]
    public void Categories_WithADuplicate_AreRefused()
    {
        var settings = TownshipSettings.DefaultsFor(Fixtures.TownshipA);

        var violation = RuleAssert.Breaks("CategoriesAreDistinct", () => settings.Change(ProposalRules.Default with { Categories = ["教育", "医疗卫生", "教育"] }));

        Assert.Equal("proposalCategories", violation.Field);
        Assert.Equal(ProposalRules.DefaultCategories, settings.ProposalCategories);
    }

    [Fact]
    public void Categories_Empty_AreRefused() =>
        RuleAssert.Breaks("CategoriesAreDistinct", () => TownshipSettings.DefaultsFor(Fixtures.TownshipA).Change(ProposalRules.Default with { Categories = [] }));

    [Fact]
    public void Categories_MoreThanThirty_AreRefused() =>
        RuleAssert.Breaks("CategoriesAreDistinct", () => TownshipSettings.DefaultsFor(Fixtures.TownshipA).Change(
            ProposalRules.Default with { Categories = [.. Enumerable.Range(1, TownshipSettings.MaxCategories + 1).Select(i => $"类别{i}")] }));

    [Fact]
    public void ComplexDeadline_ShorterThanTheOrdinaryOne_IsRefused()
    {
        var violation = RuleAssert.Breaks("SettingInRange", () =>
            TownshipSettings.DefaultsFor(Fixtures.TownshipA).Change(ProposalRules.Default with { HandlingMonths = 4, ComplexHandlingMonths = 3 }));

        Assert.Equal("complexHandlingMonths", violation.Field);
    }

    [Theory]
    [InlineData("motionMinimumSigners")]
    [InlineData("handlingMonths")]
    [InlineData("sessionAssignmentMonths")]
    [InlineData("coUnitInputMonths")]
    [InlineData("returnWindowDays")]
    [InlineData("evaluationWorkingDays")]
    [InlineData("rehandlingMonths")]
    [InlineData("redWarningDays")]
    public void Number_OutOfItsRange_IsRefusedNamingTheField(string field)
    {
        var outOfRange = field switch
        {
            "motionMinimumSigners" => ProposalRules.Default with { MotionMinimumSigners = 1 },
            "handlingMonths" => ProposalRules.Default with { HandlingMonths = 0 },
            "sessionAssignmentMonths" => ProposalRules.Default with { SessionAssignmentMonths = 7 },
            "coUnitInputMonths" => ProposalRules.Default with { CoUnitInputMonths = 0 },
            "returnWindowDays" => ProposalRules.Default with { ReturnWindowDays = 0 },
            "evaluationWorkingDays" => ProposalRules.Default with { EvaluationWorkingDays = 4 },
            "rehandlingMonths" => ProposalRules.Default with { RehandlingMonths = 0 },
            "redWarningDays" => ProposalRules.Default with { RedWarningDays = -1 },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };

        var violation = RuleAssert.Breaks("SettingInRange", () => TownshipSettings.DefaultsFor(Fixtures.TownshipA).Change(outOfRange));

        Assert.Equal(field, violation.Field);
    }

    [Fact]
    public void RedThresholdOfZero_WarnsOnlyOnAndAfterTheDueDate()
    {
        var settings = TownshipSettings.DefaultsFor(Fixtures.TownshipA);
        settings.Change(ProposalRules.Default with { RedWarningDays = 0 });
        var today = Fixtures.Date("2025-05-20");

        Assert.Equal(WarningColor.Yellow, ProposalWarning.For(ProposalStatus.Assigned, today.AddDays(1), today, settings.Proposals)?.Color);
        Assert.Equal(WarningColor.Red, ProposalWarning.For(ProposalStatus.Assigned, today, today, settings.Proposals)?.Color);
    }

    private static void AssertSameRules(ProposalRules expected, ProposalRules actual)
    {
        // Records compare lists by reference; compare the numbers and the categories' contents separately.
        Assert.Equal(expected, actual with { Categories = expected.Categories });
        Assert.Equal(expected.Categories, actual.Categories);
    }
}
