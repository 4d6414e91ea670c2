using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Domain.Common;
using FluentValidation;

namespace DeputyPortal.Application.Imports;

/// <summary>Rules for the cells of an imported row; each failure names its column (the rule's property name is the header).</summary>
public static class ImportRowValidation
{
    /// <summary>A label column (性别, 政治面貌…): the cell must be one of the enum's Chinese labels.</summary>
    public static IRuleBuilderOptions<T, string?> Label<T, TEnum>(this IRuleBuilder<T, string?> rule, bool required = true)
        where TEnum : struct, Enum =>
        rule.Must(text => (text is null && !required) || EnumLabels.TryParse<TEnum>(text, out _))
            .WithErrorCode("KnownValue")
            .WithMessage($"{{PropertyName}}应为以下之一：{string.Join("、", EnumLabels.All<TEnum>())}。");

    public static IRuleBuilderOptions<T, string?> YesNo<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => ImportSheet.TryReadYesNo(text, out _)).WithErrorCode("YesNo").WithMessage("{PropertyName}应填“是”或“否”。");

    public static IRuleBuilderOptions<T, object?> Date<T>(this IRuleBuilder<T, object?> rule) =>
        rule.Must(cell => ImportSheet.TryReadDate(cell, out _))
            .WithErrorCode("DateFormat")
            .WithMessage("{PropertyName}应为日期，格式如 1975-03-01。");

    /// <summary>Names a rule by its column header, both in the message and as the error's column.</summary>
    public static IRuleBuilderOptions<T, TProperty> Column<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string column) =>
        rule.WithName(column).OverridePropertyName(column);

    public static IEnumerable<ImportError> ErrorsOf<T>(this IValidator<T> validator, T row, int rowNumber) =>
        validator.Validate(row).Errors.Select(e => new ImportError(rowNumber, e.PropertyName, e.ErrorMessage));

    /// <summary>Runs a domain factory or method for a row; a broken rule becomes the row's error in the column it is about.</summary>
    public static bool TryDomain(Action apply, int rowNumber, Func<string?, string> columnOfField, List<ImportError> errors)
    {
        try
        {
            apply();
            return true;
        }
        catch (DomainRuleException rule)
        {
            errors.Add(new ImportError(rowNumber, columnOfField(rule.Field), rule.Message));
            return false;
        }
    }
}
