using MiniExcelLibs.Attributes;

namespace DeputyPortal.Application.Proposals.Ledger;

/// <summary>One line of the 建议办理台账: names and labels resolved, no personal data (phones, addresses).</summary>
public sealed class ProposalLedgerRow
{
    [ExcelColumn(Name = "序号", Width = 6)]
    public int RowNumber { get; init; }

    [ExcelColumn(Name = "编号", Width = 12)]
    public string? Number { get; init; }

    [ExcelColumn(Name = "类型", Width = 8)]
    public string Kind { get; init; } = null!;

    [ExcelColumn(Name = "标题", Width = 40)]
    public string Title { get; init; } = null!;

    [ExcelColumn(Name = "类别", Width = 10)]
    public string Category { get; init; } = null!;

    [ExcelColumn(Name = "领衔代表", Width = 10)]
    public string LeadDeputy { get; init; } = null!;

    [ExcelColumn(Name = "附议代表", Width = 24)]
    public string CoSigners { get; init; } = null!;

    [ExcelColumn(Name = "会议", Width = 12)]
    public string Session { get; init; } = null!;

    [ExcelColumn(Name = "状态", Width = 10)]
    public string Status { get; init; } = null!;

    [ExcelColumn(Name = "主办单位", Width = 18)]
    public string? LeadUnit { get; init; }

    [ExcelColumn(Name = "协办单位", Width = 24)]
    public string CoUnits { get; init; } = null!;

    [ExcelColumn(Name = "交办日期", Width = 12)]
    public string? AssignedOn { get; init; }

    [ExcelColumn(Name = "办理期限", Width = 12)]
    public string? DueOn { get; init; }

    [ExcelColumn(Name = "是否延期", Width = 8)]
    public string? Extended { get; init; }

    [ExcelColumn(Name = "重点督办", Width = 8)]
    public string Key { get; init; } = null!;

    [ExcelColumn(Name = "督办人", Width = 10)]
    public string? Supervisor { get; init; }

    [ExcelColumn(Name = "答复日期", Width = 12)]
    public string? RepliedOn { get; init; }

    [ExcelColumn(Name = "答复类别", Width = 20)]
    public string? ReplyClass { get; init; }

    [ExcelColumn(Name = "按期答复", Width = 8)]
    public string? RepliedOnTime { get; init; }

    [ExcelColumn(Name = "代表评价", Width = 12)]
    public string? Evaluation { get; init; }

    [ExcelColumn(Name = "办结日期", Width = 12)]
    public string? ClosedOn { get; init; }

    [ExcelColumn(Name = "预警", Width = 6)]
    public string? Warning { get; init; }

    [ExcelColumn(Name = "逾期天数", Width = 8)]
    public int? DaysOverdue { get; init; }
}
