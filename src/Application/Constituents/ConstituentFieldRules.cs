using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Constituents;
using FluentValidation;

namespace DeputyPortal.Application.Constituents;

/// <summary>The fields a secretary enters for a constituent, checked alike on creation and update.</summary>
public interface IConstituentFields
{
    string Name { get; }

    ConstituentKind Kind { get; }

    string Village { get; }

    string? Address { get; }

    string? Phone { get; }
}

public sealed class ConstituentFieldsValidator : AbstractValidator<IConstituentFields>
{
    public ConstituentFieldsValidator()
    {
        RuleFor(c => c.Name).RequiredText(Constituent.NameMaxLength).WithName("姓名");
        RuleFor(c => c.Kind).KnownValue().WithName("类别");
        RuleFor(c => c.Village).RequiredText(Constituent.VillageMaxLength).WithName("村（社区）");
        RuleFor(c => c.Address).OptionalText(Constituent.AddressMaxLength).WithName("住址");
        RuleFor(c => c.Phone).PhoneNumber().WithName("手机号码");
    }
}

internal static class ConstituentText
{
    /// <summary>Optional text as stored: trimmed, and blank as null, so the natural key (village, name, phone) compares alike.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
