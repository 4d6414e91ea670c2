using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Deputies;
using FluentValidation;

namespace DeputyPortal.Application.Imports.Deputies;

/// <summary>The columns of the deputy roster (代表名册) spreadsheet, in template order.</summary>
public static class DeputyRoster
{
    public const string Name = "姓名";
    public const string Gender = "性别";
    public const string BirthDate = "出生日期";
    public const string Ethnicity = "民族";
    public const string Party = "政治面貌";
    public const string Occupation = "职业类别";
    public const string Education = "文化程度";
    public const string District = "选区";
    public const string Phone = "手机号码";
    public const string Reelected = "是否连任";
    public const string CountyDeputy = "是否县人大代表";

    public const int EthnicityMaxLength = 20;

    public static readonly IReadOnlyList<string> Columns =
        [Name, Gender, BirthDate, Ethnicity, Party, Occupation, Education, District, Phone, Reelected, CountyDeputy];

    /// <summary>The column a domain rule's field is entered in.</summary>
    public static string ColumnOf(string? field) => field switch
    {
        "birthDate" => BirthDate,
        "gender" => Gender,
        "ethnicity" => Ethnicity,
        "party" => Party,
        "occupation" => Occupation,
        "education" => Education,
        "districtId" => District,
        "phone" => Phone,
        _ => Name,
    };
}

/// <summary>One roster row as typed in the sheet, before it is read into a profile.</summary>
public sealed record DeputyRosterRow(
    string? Name,
    string? Gender,
    object? BirthDate,
    string? Ethnicity,
    string? Party,
    string? Occupation,
    string? Education,
    string? District,
    string? Phone,
    string? Reelected,
    string? CountyDeputy)
{
    public static DeputyRosterRow From(ImportRow row) => new(
        row.Text(DeputyRoster.Name),
        row.Text(DeputyRoster.Gender),
        row.Raw(DeputyRoster.BirthDate) is string text ? text.Trim() : row.Raw(DeputyRoster.BirthDate),
        row.Text(DeputyRoster.Ethnicity),
        row.Text(DeputyRoster.Party),
        row.Text(DeputyRoster.Occupation),
        row.Text(DeputyRoster.Education),
        row.Text(DeputyRoster.District),
        row.Text(DeputyRoster.Phone),
        row.Text(DeputyRoster.Reelected),
        row.Text(DeputyRoster.CountyDeputy));

    /// <summary>The profile the row describes; only for a row that passed <see cref="DeputyRosterRowValidator"/>.</summary>
    public DeputyProfile ToProfile()
    {
        EnumLabelsOrThrow(Gender, out Gender gender);
        EnumLabelsOrThrow(Party, out PartyAffiliation party);
        EnumLabelsOrThrow(Occupation, out OccupationCategory occupation);
        EnumLabelsOrThrow(Education, out Education education);
        ImportSheet.TryReadDate(BirthDate, out var birthDate);
        ImportSheet.TryReadYesNo(Reelected, out var reelected);
        ImportSheet.TryReadYesNo(CountyDeputy, out var countyDeputy);
        return new DeputyProfile(Name!, gender, birthDate, Ethnicity!, party, occupation, education, Phone, reelected, countyDeputy);
    }

    private static void EnumLabelsOrThrow<TEnum>(string? label, out TEnum value)
        where TEnum : struct, Enum
    {
        if (!Domain.Common.EnumLabels.TryParse(label, out value))
        {
            throw new InvalidOperationException("The row was not validated before it was read.");
        }
    }
}

public sealed class DeputyRosterRowValidator : AbstractValidator<DeputyRosterRow>
{
    public DeputyRosterRowValidator()
    {
        RuleFor(r => r.Name!).RequiredText(Deputy.NameMaxLength).Column(DeputyRoster.Name);
        RuleFor(r => r.Gender).Label<DeputyRosterRow, Gender>().Column(DeputyRoster.Gender);
        RuleFor(r => r.BirthDate).Date().Column(DeputyRoster.BirthDate);
        RuleFor(r => r.Ethnicity!).RequiredText(DeputyRoster.EthnicityMaxLength).Column(DeputyRoster.Ethnicity);
        RuleFor(r => r.Party).Label<DeputyRosterRow, PartyAffiliation>().Column(DeputyRoster.Party);
        RuleFor(r => r.Occupation).Label<DeputyRosterRow, OccupationCategory>().Column(DeputyRoster.Occupation);
        RuleFor(r => r.Education).Label<DeputyRosterRow, Education>().Column(DeputyRoster.Education);
        RuleFor(r => r.District!).RequiredText(50).Column(DeputyRoster.District);
        RuleFor(r => r.Phone).PhoneNumber().Column(DeputyRoster.Phone);
        RuleFor(r => r.Reelected).YesNo().Column(DeputyRoster.Reelected);
        RuleFor(r => r.CountyDeputy).YesNo().Column(DeputyRoster.CountyDeputy);
    }
}
