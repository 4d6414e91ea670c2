using MiniExcelLibs.Attributes;

namespace DeputyPortal.Application.Contacts.Ledger;

/// <summary>
/// One line of the 联系选民台账: one contact, its constituents' names, villages, phones and addresses in the same
/// order (phones and addresses masked unless the reader may see them), and its concerns numbered.
/// </summary>
public sealed class ContactLedgerRow
{
    [ExcelColumn(Name = "序号", Width = 6)]
    public int RowNumber { get; init; }

    [ExcelColumn(Name = "乡镇", Width = 10)]
    public string Township { get; init; } = null!;

    [ExcelColumn(Name = "联系日期", Width = 12)]
    public string ContactedOn { get; init; } = null!;

    [ExcelColumn(Name = "代表", Width = 10)]
    public string Deputy { get; init; } = null!;

    [ExcelColumn(Name = "联系方式", Width = 10)]
    public string Channel { get; init; } = null!;

    [ExcelColumn(Name = "联系对象", Width = 20)]
    public string People { get; init; } = null!;

    [ExcelColumn(Name = "村（社区）", Width = 14)]
    public string Villages { get; init; } = null!;

    [ExcelColumn(Name = "联系电话", Width = 16)]
    public string Phones { get; init; } = null!;

    [ExcelColumn(Name = "住址", Width = 24)]
    public string Addresses { get; init; } = null!;

    [ExcelColumn(Name = "联系情况", Width = 40)]
    public string Summary { get; init; } = null!;

    [ExcelColumn(Name = "反映问题", Width = 40)]
    public string Concerns { get; init; } = null!;

    [ExcelColumn(Name = "转为建议", Width = 20)]
    public string Proposals { get; init; } = null!;
}
