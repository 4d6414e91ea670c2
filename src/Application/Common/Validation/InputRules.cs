namespace DeputyPortal.Application.Common.Validation;

/// <summary>
/// The limits every input obeys whatever its own rules say, wherever it enters (a JSON body, a query string, a
/// header, a portal form). Text carries no control character but tab, CR and LF, and no lone surrogate: PostgreSQL
/// refuses NUL, UTF-8 cannot carry a lone surrogate, and none of them belongs in a name or a note. Every date lies
/// inside <see cref="EarliestDate"/>..<see cref="LatestDate"/>, so date arithmetic (a term's five years, a
/// deadline's months) can never overflow; each record's own rules narrow it further. An enum
/// holds one of its members (a number sent for it must name one).
/// </summary>
public static class InputRules
{
    public const string NoControlCharactersRule = "NoControlCharacters";
    public const string DateInWindowRule = "DateInWindow";
    public const string KnownValueRule = "KnownValue";

    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static readonly string NoControlCharactersMessage = "文本不能包含控制字符（制表符和换行除外）或无效字符。";

    public static readonly string KnownValueMessage = "取值不是可选值之一。";

    public static readonly string DateInWindowMessage = $"日期应在{EarliestDate:yyyy-MM-dd}至{LatestDate:yyyy-MM-dd}之间。";

    public static bool HasControlCharacter(string? text)
    {
        if (text is null)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return true;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return true;
                }

                i++;
            }
        }

        return false;
    }

    public static bool IsInWindow(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    public static bool IsInWindow(DateTime instant) => IsInWindow(DateOnly.FromDateTime(instant));

    public static bool IsInWindow(DateTimeOffset instant) => IsInWindow(instant.DateTime);
}
