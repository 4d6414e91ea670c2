using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Application.UnitTests;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0797-1234567", "079*****4567")]
    [InlineData("123456", "******")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void MaskPhone_KeepsFirstThreeAndLastFourDigits(string? phone, string? masked) =>
        Assert.Equal(masked, PersonalData.MaskPhone(phone));

    [Theory]
    [InlineData("茶亭村三组18号", "茶亭村三组****")]
    [InlineData("芝山镇芝山社区幸福路8号", "芝山镇芝山社****")]
    [InlineData("12号", "****")]
    public void MaskAddress_KeepsTheAreaAndNeverAHouseNumber(string address, string masked) =>
        Assert.Equal(masked, PersonalData.MaskAddress(address));
}
