using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Townships;

namespace DeputyPortal.Domain.UnitTests;

public sealed class TownshipAndTermTests
{
    [Theory]
    [InlineData("36072412")]
    [InlineData("36072410100A")]
    [InlineData("3607241010000")]
    public void Township_WithCodeOtherThanTwelveDigits_IsRefused(string code) =>
        RuleAssert.Breaks("TownshipCodeIsTwelveDigits", () => Township.Create(code, "茶亭镇", "某县"));

    [Fact]
    public void Township_WithTwelveDigitCode_IsCreated() =>
        Assert.Equal("360724101000", Township.Create("360724101000", "茶亭镇", "某县").Code);

    [Fact]
    public void Term_EndingBeforeItStarts_IsRefused() =>
        RuleAssert.Breaks("TermEndsAfterItStarts", () =>
            Domain.Terms.Term.Create(Fixtures.TownshipA, 18, new DateOnly(2026, 1, 1), new DateOnly(2021, 1, 1), null));

    [Fact]
    public void Term_IsNamedWithChineseOrdinal() => Assert.Equal("第十八届", Fixtures.Term().Name);

    [Fact]
    public void Session_ClosingBeforeItOpens_IsRefused()
    {
        var term = Fixtures.Term();
        var session = CongressSession.Plan(term, 2);

        RuleAssert.Breaks("SessionOpensBeforeItCloses", () => session.RecordDates(term, new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void Session_ClosedWithoutOpening_IsRefused()
    {
        var term = Fixtures.Term();

        RuleAssert.Breaks("SessionOpensBeforeItCloses", () => CongressSession.Plan(term, 2).RecordDates(term, null, new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void Session_OutsideItsTerm_IsRefused()
    {
        var term = Fixtures.Term();

        RuleAssert.Breaks("SessionWithinTerm", () => CongressSession.Plan(term, 2).RecordDates(term, new DateOnly(2027, 3, 1), null));
    }

    [Fact]
    public void Session_IsNamedWithChineseOrdinal() => Assert.Equal("第二次会议", CongressSession.Plan(Fixtures.Term(), 2).Name);
}
