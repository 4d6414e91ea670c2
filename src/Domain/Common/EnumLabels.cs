using System.Collections.Frozen;
using System.Reflection;

namespace DeputyPortal.Domain.Common;

/// <summary>Marks the Chinese label an enum member is shown and imported as.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

/// <summary>Reads the <see cref="LabelAttribute"/> of enum members, both ways.</summary>
public static class EnumLabels
{
    public static string Label<TEnum>(this TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.LabelsByValue[value];

    public static IReadOnlyCollection<string> All<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.ValuesByLabel.Keys;

    public static bool TryParse<TEnum>(string? label, out TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.ValuesByLabel.TryGetValue(label?.Trim() ?? string.Empty, out value);

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly FrozenDictionary<TEnum, string> LabelsByValue = typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToFrozenDictionary(f => (TEnum)f.GetValue(null)!, f => f.GetCustomAttribute<LabelAttribute>()?.Text ?? f.Name);

        internal static readonly FrozenDictionary<string, TEnum> ValuesByLabel =
            LabelsByValue.ToFrozenDictionary(p => p.Value, p => p.Key);
    }
}
