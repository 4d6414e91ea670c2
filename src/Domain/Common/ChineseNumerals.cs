namespace DeputyPortal.Domain.Common;

/// <summary>Chinese ordinal numerals as used in congress names (第十八届, 第二次会议).</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        if (number < 10)
        {
            return Digits[number];
        }

        var tens = number / 10;
        var ones = number % 10;
        var tensPart = tens == 1 ? "十" : Digits[tens] + "十";
        return ones == 0 ? tensPart : tensPart + Digits[ones];
    }
}
