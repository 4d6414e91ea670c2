using MiniExcelLibs.Attributes;

namespace DeputyPortal.Application.Activities.Ledger;

/// <summary>One line of the 活动台账: names and labels resolved, counts of attendance and rectification.</summary>
public sealed class ActivityLedgerRow
{
    [ExcelColumn(Name = "序号", Width = 6)]
    public int RowNumber { get; init; }

    [ExcelColumn(Name = "日期", Width = 24)]
    public string Date { get; init; } = null!;

    [ExcelColumn(Name = "类别", Width = 20)]
    public string Kind { get; init; } = null!;

    [ExcelColumn(Name = "监督活动", Width = 8)]
    public string Supervision { get; init; } = null!;

    [ExcelColumn(Name = "活动名称", Width = 40)]
    public string Title { get; init; } = null!;

    [ExcelColumn(Name = "地点", Width = 20)]
    public string? Place { get; init; }

    [ExcelColumn(Name = "组织小组", Width = 16)]
    public string? Group { get; init; }

    [ExcelColumn(Name = "对象单位", Width = 30)]
    public string SubjectUnits { get; init; } = null!;

    [ExcelColumn(Name = "应参加人数", Width = 8)]
    public int Expected { get; init; }

    [ExcelColumn(Name = "出席人数", Width = 8)]
    public int Present { get; init; }

    [ExcelColumn(Name = "缺席人数", Width = 8)]
    public int Absent { get; init; }

    [ExcelColumn(Name = "请假人数", Width = 8)]
    public int OnLeave { get; init; }

    [ExcelColumn(Name = "发现问题", Width = 50)]
    public string? Findings { get; init; }

    [ExcelColumn(Name = "测评结果", Width = 40)]
    public string? Tallies { get; init; }

    [ExcelColumn(Name = "整改事项数", Width = 8)]
    public int RectificationItems { get; init; }

    [ExcelColumn(Name = "已整改", Width = 8)]
    public int Completed { get; init; }

    [ExcelColumn(Name = "未整改", Width = 8)]
    public int NotCompleted { get; init; }

    [ExcelColumn(Name = "逾期", Width = 8)]
    public int Overdue { get; init; }
}
