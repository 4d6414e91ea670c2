using MiniExcelLibs.Attributes;

namespace DeputyPortal.Application.Compliance.Report;

/// <summary>One rule's line on the sheet 达标情况.</summary>
public sealed class ComplianceReportRow
{
    [ExcelColumn(Name = "规则", Width = 6)]
    public string Rule { get; init; } = null!;

    [ExcelColumn(Name = "内容", Width = 50)]
    public string Title { get; init; } = null!;

    [ExcelColumn(Name = "期间", Width = 16)]
    public string Period { get; init; } = null!;

    [ExcelColumn(Name = "状态", Width = 8)]
    public string Status { get; init; } = null!;

    [ExcelColumn(Name = "应达", Width = 6)]
    public int Required { get; init; }

    [ExcelColumn(Name = "实达", Width = 6)]
    public int Counted { get; init; }

    [ExcelColumn(Name = "总数", Width = 6)]
    public int Total { get; init; }

    [ExcelColumn(Name = "截止日期", Width = 12)]
    public string DueBy { get; init; } = null!;

    [ExcelColumn(Name = "说明", Width = 70)]
    public string Summary { get; init; } = null!;
}

/// <summary>One offender's line on the sheet 未达标明细: what keeps a rule from being met.</summary>
public sealed class ComplianceOffenderRow
{
    [ExcelColumn(Name = "规则", Width = 6)]
    public string Rule { get; init; } = null!;

    [ExcelColumn(Name = "状态", Width = 8)]
    public string Status { get; init; } = null!;

    [ExcelColumn(Name = "类别", Width = 10)]
    public string Kind { get; init; } = null!;

    [ExcelColumn(Name = "名称", Width = 30)]
    public string Name { get; init; } = null!;

    [ExcelColumn(Name = "原因", Width = 70)]
    public string Reason { get; init; } = null!;
}
