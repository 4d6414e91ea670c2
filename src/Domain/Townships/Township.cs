using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Townships;

/// <summary>乡镇: a township whose people's congress the portal serves.</summary>
public sealed class Township : Entity
{
    public const int NameMaxLength = 50;

    private Township()
    {
    }

    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public string County { get; private set; } = null!;

    public static Township Create(string code, string name, string county)
    {
        RequireTwelveDigitCode(code);
        return new Township { Code = code, Name = name, County = county };
    }

    public void Update(string code, string name, string county)
    {
        RequireTwelveDigitCode(code);
        (Code, Name, County) = (code, name, county);
    }

    /// <summary>The 12-digit statistical division code (统计用区划代码) of the township.</summary>
    private static void RequireTwelveDigitCode(string code) =>
        Rule.Require(
            code.Length == 12 && code.All(char.IsAsciiDigit),
            "TownshipCodeIsTwelveDigits",
            "乡镇代码必须是12位数字的统计用区划代码。",
            "code");
}
