using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Deputies;
using FluentValidation;

namespace DeputyPortal.Application.Deputies;

/// <summary>The profile fields a secretary enters for a deputy, checked alike on registration and update.</summary>
public interface IDeputyFields
{
    string Name { get; }

    Gender Gender { get; }

    DateOnly BirthDate { get; }

    string Ethnicity { get; }

    PartyAffiliation Party { get; }

    OccupationCategory Occupation { get; }

    Education Education { get; }

    string? Phone { get; }

    bool IsReelected { get; }

    bool IsCountyDeputy { get; }
}

public sealed class DeputyFieldsValidator : AbstractValidator<IDeputyFields>
{
    public const int EthnicityMaxLength = 20;

    /// <summary>A deputy must have reached 18 (Electoral Law art. 4) and have been born after 1900.</summary>
    public const int MinimumAge = 18;

    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public DeputyFieldsValidator(TimeProvider clock)
    {
        RuleFor(d => d.Name).RequiredText(Deputy.NameMaxLength).WithName("姓名");
        RuleFor(d => d.Gender).KnownValue().WithName("性别");
        RuleFor(d => d.BirthDate)
            .Must(birthDate => birthDate >= EarliestBirthDate && birthDate <= clock.TodayInChina().AddYears(-MinimumAge))
            .WithErrorCode("DeputyBirthDateIsPlausible")
            .WithMessage($"{{PropertyName}}不合理：代表应为{EarliestBirthDate.Year}年以后出生、年满{MinimumAge}周岁。")
            .WithName("出生日期");
        RuleFor(d => d.Ethnicity).RequiredText(EthnicityMaxLength).WithName("民族");
        RuleFor(d => d.Party).KnownValue().WithName("政治面貌");
        RuleFor(d => d.Occupation).KnownValue().WithName("职业类别");
        RuleFor(d => d.Education).KnownValue().WithName("学历");
        RuleFor(d => d.Phone).PhoneNumber().WithName("联系电话");
    }

}

public static class DeputyFields
{
    /// <summary>The profile as the domain takes it, with text trimmed and an empty phone stored as none.</summary>
    public static DeputyProfile ToProfile(this IDeputyFields fields) => new(
        fields.Name.Trim(),
        fields.Gender,
        fields.BirthDate,
        fields.Ethnicity.Trim(),
        fields.Party,
        fields.Occupation,
        fields.Education,
        string.IsNullOrWhiteSpace(fields.Phone) ? null : fields.Phone.Trim(),
        fields.IsReelected,
        fields.IsCountyDeputy);
}
