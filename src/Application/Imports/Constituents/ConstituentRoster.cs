using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Deputies;
using FluentValidation;

namespace DeputyPortal.Application.Imports.Constituents;

/// <summary>The columns of the constituent list (选民/联系户名单) spreadsheet, in template order.</summary>
public static class ConstituentRoster
{
    public const string Name = "姓名";
    public const string Kind = "类别";
    public const string Village = "村（社区）";
    public const string Address = "住址";
    public const string Phone = "手机号码";
    public const string Deputy = "联系代表";

    public static readonly IReadOnlyList<string> Columns = [Name, Kind, Village, Address, Phone, Deputy];

    public static string ColumnOf(string? field) => field switch
    {
        "deputyId" => Deputy,
        "kind" => Kind,
        "village" => Village,
        "address" => Address,
        "phone" => Phone,
        _ => Name,
    };
}

/// <summary>One constituent row as typed in the sheet.</summary>
public sealed record ConstituentRosterRow(string? Name, string? Kind, string? Village, string? Address, string? Phone, string? Deputy)
{
    public static ConstituentRosterRow From(ImportRow row) => new(
        row.Text(ConstituentRoster.Name),
        row.Text(ConstituentRoster.Kind),
        row.Text(ConstituentRoster.Village),
        row.Text(ConstituentRoster.Address),
        row.Text(ConstituentRoster.Phone),
        row.Text(ConstituentRoster.Deputy));
}

public sealed class ConstituentRosterRowValidator : AbstractValidator<ConstituentRosterRow>
{
    public ConstituentRosterRowValidator()
    {
        RuleFor(r => r.Name!).RequiredText(Constituent.NameMaxLength).Column(ConstituentRoster.Name);
        RuleFor(r => r.Kind).Label<ConstituentRosterRow, ConstituentKind>().Column(ConstituentRoster.Kind);
        RuleFor(r => r.Village!).RequiredText(Constituent.VillageMaxLength).Column(ConstituentRoster.Village);
        RuleFor(r => r.Address).OptionalText(Constituent.AddressMaxLength).Column(ConstituentRoster.Address);
        RuleFor(r => r.Phone).PhoneNumber().Column(ConstituentRoster.Phone);
        RuleFor(r => r.Deputy!).RequiredText(Domain.Deputies.Deputy.NameMaxLength).Column(ConstituentRoster.Deputy);
    }
}
