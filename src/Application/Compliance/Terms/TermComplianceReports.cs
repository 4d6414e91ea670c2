using System.Globalization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Imports;
using DeputyPortal.Domain.Compliance;
using FluentValidation;
using Mediator;
using MiniExcelLibs.Attributes;

namespace DeputyPortal.Application.Compliance.Terms;

/// <summary>
/// 代表结构.xlsx: the answer of <see cref="GetTermStructure"/> as a workbook, one sheet of shares (代表结构) and one of
/// targets (结构目标). Counts and percentages only: no deputy is named.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record GetTermStructureReport(Guid TownshipId, Guid? TermId = null) : IQuery<SpreadsheetFile>;

public sealed class GetTermStructureReportHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetTermStructureReport, SpreadsheetFile>
{
    public const string SharesSheet = "代表结构";
    public const string FlagsSheet = "结构目标";

    public async ValueTask<SpreadsheetFile> Handle(GetTermStructureReport query, CancellationToken cancellationToken)
    {
        var s = await TermCompliance.StructureAsync(db, clock, query.TownshipId, query.TermId, cancellationToken);
        var shares = s.Shares.Prepend(new StructureShare("all", "代表总数", s.Deputies, s.Deputies == 0 ? null : 100m, s.PreviousDeputies, s.PreviousDeputies is > 0 ? 100m : null, null))
            .Select(x => new TermStructureShareRow
            {
                Label = x.Label,
                Count = x.Count,
                Percent = Number(x.Percent),
                PreviousCount = x.PreviousCount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                PreviousPercent = Number(x.PreviousPercent),
                Change = Number(x.Change),
            })
            .ToList();
        var flags = s.Flags.Select(f => new TermStructureFlagRow { Title = f.Title, Status = f.StatusLabel, Summary = f.Summary }).ToList();
        var sheets = new Dictionary<string, object> { [SharesSheet] = shares, [FlagsSheet] = flags };
        return await SpreadsheetFile.WriteAsync($"{s.TownshipName}{s.TermName}代表结构.xlsx", sheets, cancellationToken);
    }

    private static string Number(decimal? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <summary>
/// 述职情况.xlsx: every deputy's R5 line of <see cref="ListVoterReports"/> (述职情况), and the deputies not yet met with
/// their reasons (未述职代表). Names and dates only, no personal data.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record GetVoterReportsReport(Guid TownshipId, Guid? TermId = null, int? Year = null) : IQuery<SpreadsheetFile>, IVoterReportPeriod;

public sealed class GetVoterReportsReportValidator : AbstractValidator<GetVoterReportsReport>
{
    public GetVoterReportsReportValidator() => Include(new VoterReportPeriodValidator<GetVoterReportsReport>());
}

public sealed class GetVoterReportsReportHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetVoterReportsReport, SpreadsheetFile>
{
    public const string DeputiesSheet = "述职情况";
    public const string OffendersSheet = "未述职代表";

    public async ValueTask<SpreadsheetFile> Handle(GetVoterReportsReport query, CancellationToken cancellationToken)
    {
        var a = await TermCompliance.VoterReportsAsync(db, clock, query.TownshipId, query.TermId, query.Year, cancellationToken);
        var rows = VoterReportSort.Apply(a.Deputies.Select(DeputyVoterReportDto.From), "name")
            .Select(d => new VoterReportRow
            {
                Name = d.Name,
                Status = d.StatusLabel,
                Reports = d.Reports,
                LastReportedOn = Day(d.LastReportedOn),
                DueBy = Day(d.DueBy),
                TerminatedOn = Day(d.TerminatedOn),
                Reason = d.Reason ?? string.Empty,
            })
            .ToList();
        var offenders = a.Township.Offenders.Select(o => new VoterReportOffenderRow { Name = o.Name, Reason = o.Reason }).ToList();
        var sheets = new Dictionary<string, object> { [DeputiesSheet] = rows, [OffendersSheet] = offenders };
        return await SpreadsheetFile.WriteAsync($"{a.TownshipName}{a.Period.Name}述职情况.xlsx", sheets, cancellationToken);
    }

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <summary>One share's line on the sheet 代表结构.</summary>
public sealed class TermStructureShareRow
{
    [ExcelColumn(Name = "项目", Width = 34)]
    public string Label { get; init; } = null!;

    [ExcelColumn(Name = "人数", Width = 8)]
    public int Count { get; init; }

    [ExcelColumn(Name = "比例（%）", Width = 10)]
    public string Percent { get; init; } = null!;

    [ExcelColumn(Name = "上届人数", Width = 10)]
    public string PreviousCount { get; init; } = null!;

    [ExcelColumn(Name = "上届比例（%）", Width = 12)]
    public string PreviousPercent { get; init; } = null!;

    [ExcelColumn(Name = "增减（百分点）", Width = 14)]
    public string Change { get; init; } = null!;
}

/// <summary>One target's line on the sheet 结构目标.</summary>
public sealed class TermStructureFlagRow
{
    [ExcelColumn(Name = "目标", Width = 36)]
    public string Title { get; init; } = null!;

    [ExcelColumn(Name = "情况", Width = 10)]
    public string Status { get; init; } = null!;

    [ExcelColumn(Name = "说明", Width = 70)]
    public string Summary { get; init; } = null!;
}

/// <summary>One deputy's line on the sheet 述职情况.</summary>
public sealed class VoterReportRow
{
    [ExcelColumn(Name = "代表", Width = 12)]
    public string Name { get; init; } = null!;

    [ExcelColumn(Name = "状态", Width = 8)]
    public string Status { get; init; } = null!;

    [ExcelColumn(Name = "述职次数", Width = 8)]
    public int Reports { get; init; }

    [ExcelColumn(Name = "最近述职日期", Width = 12)]
    public string LastReportedOn { get; init; } = null!;

    [ExcelColumn(Name = "截止日期", Width = 12)]
    public string DueBy { get; init; } = null!;

    [ExcelColumn(Name = "资格终止日期", Width = 12)]
    public string TerminatedOn { get; init; } = null!;

    [ExcelColumn(Name = "说明", Width = 50)]
    public string Reason { get; init; } = null!;
}

/// <summary>One deputy's line on the sheet 未述职代表.</summary>
public sealed class VoterReportOffenderRow
{
    [ExcelColumn(Name = "代表", Width = 12)]
    public string Name { get; init; } = null!;

    [ExcelColumn(Name = "原因", Width = 60)]
    public string Reason { get; init; } = null!;
}
