using System.Text.RegularExpressions;
using FluentValidation;

namespace DeputyPortal.Application.Common.Validation;

/// <summary>Field rules that several requests share, so each is worded and limited the same way everywhere.</summary>
public static partial class ValidationRules
{
    [GeneratedRegex(@"^(1\d{10}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();

    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。")
            .MaximumLength(maxLength).WithErrorCode("MaxLength").WithMessage($"{{PropertyName}}不能超过{maxLength}个字符。");

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithErrorCode("MaxLength").WithMessage($"{{PropertyName}}不能超过{maxLength}个字符。");

    /// <summary>A mainland mobile (11 digits starting with 1) or a landline with area code (e.g. 0797-1234567).</summary>
    public static IRuleBuilderOptions<T, string?> PhoneNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(phone => string.IsNullOrEmpty(phone) || PhonePattern().IsMatch(phone))
            .WithErrorCode("PhoneFormat")
            .WithMessage("{PropertyName}应为11位手机号码或带区号的固定电话。");

    public static IRuleBuilderOptions<T, TEnum> KnownValue<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。");

    /// <summary>A choice the caller must make (a missing enum member is not read as the first one).</summary>
    public static IRuleBuilderOptions<T, TEnum?> Required<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.NotNull().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。")
            .IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。");

    public static IRuleBuilderOptions<T, Guid> RequiredId<T>(this IRuleBuilder<T, Guid> rule) =>
        rule.NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。");
}
