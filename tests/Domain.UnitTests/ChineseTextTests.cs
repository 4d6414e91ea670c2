using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Domain.UnitTests;

public sealed class ChineseTextTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(18, "十八")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    public void ChineseNumerals_WriteOrdinalsAsCongressNamesDo(int number, string expected) =>
        Assert.Equal(expected, ChineseNumerals.Of(number));

    [Fact]
    public void EnumLabels_ReadBackWhatTheyWrite()
    {
        foreach (var party in Enum.GetValues<PartyAffiliation>())
        {
            Assert.True(EnumLabels.TryParse<PartyAffiliation>(party.Label(), out var parsed));
            Assert.Equal(party, parsed);
        }
    }

    [Fact]
    public void EnumLabels_RejectUnknownLabel() => Assert.False(EnumLabels.TryParse<OccupationCategory>("宇航员", out _));
}
