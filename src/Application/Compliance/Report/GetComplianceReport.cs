using System.Globalization;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Imports;
using DeputyPortal.Domain.Compliance;
using FluentValidation;
using Mediator;
using MiniExcelLibs;

namespace DeputyPortal.Application.Compliance.Report;

/// <summary>
/// 达标情况报表: the answer of <see cref="Get.GetTownshipCompliance"/> as an .xlsx workbook, one sheet of rules
/// (达标情况) and one of what keeps them from being met (未达标明细). No personal data: names of groups and deputies only.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record GetComplianceReport(Guid TownshipId, int? Year = null, int? Quarter = null) : IQuery<SpreadsheetFile>, ICompliancePeriod;

public sealed class GetComplianceReportValidator : AbstractValidator<GetComplianceReport>
{
    public GetComplianceReportValidator() => Include(new QuarterValidator<GetComplianceReport>());
}

public sealed class GetComplianceReportHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetComplianceReport, SpreadsheetFile>
{
    public const string RulesSheet = "达标情况";
    public const string OffendersSheet = "未达标明细";

    private static readonly Dictionary<string, string> KindLabels = new()
    {
        [OffenderKinds.Proposal] = "建议",
        [OffenderKinds.Meeting] = "主席团会议",
        [OffenderKinds.Group] = "代表小组",
        [OffenderKinds.Deputy] = "代表",
        [OffenderKinds.Year] = "全年会议",
        [OffenderKinds.FirstSession] = "第一次会议",
        [OffenderKinds.Term] = "换届",
    };

    public async ValueTask<SpreadsheetFile> Handle(GetComplianceReport query, CancellationToken cancellationToken)
    {
        var report = await TownshipCompliance.EvaluateAsync(db, clock, query.TownshipId, query.Year, query.Quarter, cancellationToken);
        var outcomes = report.Rules.Concat(report.YearRules).ToList();
        var rules = outcomes.Select(o => new ComplianceReportRow
        {
            Rule = o.Rule,
            Title = o.Title,
            Period = o.Rule == "R6" ? $"{report.Year}年" : report.QuarterName,
            Status = o.StatusLabel,
            Required = o.Required,
            Counted = o.Counted,
            Total = o.Total,
            DueBy = o.DueBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Summary = o.Summary,
        }).ToList();
        var offenders = outcomes.SelectMany(o => o.Offenders.Select(f => new ComplianceOffenderRow
        {
            Rule = o.Rule,
            Status = o.StatusLabel,
            Kind = KindLabels.GetValueOrDefault(f.Kind, f.Kind),
            Name = f.Name,
            Reason = f.Reason,
        })).ToList();

        var sheets = new Dictionary<string, object> { [RulesSheet] = rules, [OffendersSheet] = offenders };
        return await SpreadsheetFile.WriteAsync($"{report.TownshipName}{report.QuarterName}达标情况.xlsx", sheets, cancellationToken);
    }
}
