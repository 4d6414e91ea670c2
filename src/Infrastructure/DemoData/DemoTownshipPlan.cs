using DeputyPortal.Domain.Compliance;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// What is fixed about one demo township before anything is invented: its code and name, the key its demo accounts
/// use (secretary.{AccountKey}), its villages and communities, when its deputies were elected, and who lives there.
/// </summary>
public sealed record DemoTownshipPlan(
    string Code,
    string Name,
    string AccountKey,
    IReadOnlyList<string> Villages,
    IReadOnlyList<string> Streets,
    DateOnly ElectedOn,
    IReadOnlyList<(string Ethnicity, int Percent)> Ethnicities)
{
    /// <summary>The fictional county; its code 361199 sits in a range no real county uses.</summary>
    public const string County = "青岚县";

    public static readonly IReadOnlyList<DemoTownshipPlan> All =
    [
        new(
            "361199101000",
            "茶亭镇",
            "chating",
            ["茶亭社区", "新街社区", "上塘村", "下坊村", "枫树村", "石门村", "龙口村", "桥头村", "新田村", "柏林村", "杨梅村", "沙湾村"],
            ["建设路", "人民路", "茶香街", "新华路", "滨河路"],
            new DateOnly(2021, 10, 12),
            [("汉族", 100)])
        {
            Quirks = new() { IdleGroup = (3, new Quarter(2025, 2)), UnattendedGroup = (2, new Quarter(2025, 4)) },
            PreviousTermElectedOn = new DateOnly(2016, 10, 14),
        },
        new(
            "361199102000",
            "昂素镇",
            "angsu",
            ["昂素社区", "巴音社区", "哈日根图村", "玛拉迪村", "毛盖图村", "陶日木村", "阿日赖村", "额日和图村", "乌兰道崩村", "查汗庙村"],
            ["团结路", "草原街", "文化路", "昂素大街"],
            new DateOnly(2021, 10, 15),
            [("汉族", 78), ("蒙古族", 20), ("回族", 2)])
        {
            Quirks = new() { QuarterWithoutRegularMeeting = new Quarter(2025, 3), IdleGroup = (1, new Quarter(2026, 1)) },
        },
        new(
            "361199103000",
            "芝山镇",
            "zhishan",
            ["芝山社区", "东门社区", "芝山村", "岭下村", "凤凰村", "坪头村", "洋坑村", "竹林村", "溪口村", "石桥村", "大坪村", "后垄村"],
            ["芝山路", "东门街", "解放路", "中山路", "溪滨路"],
            new DateOnly(2021, 10, 19),
            [("汉族", 95), ("畲族", 5)])
        {
            Quirks = new()
            {
                QuarterWithoutQuorum = new Quarter(2026, 1),
                CurrentMeetingPending = true,
                IdleGroup = (4, new Quarter(2025, 3)),
                LateFirstSessionYear = 2025,
            },
        },
    ];

    /// <summary>What the township deliberately gets wrong in its activities, meetings and sessions (see <see cref="DemoTownshipQuirks"/>).</summary>
    public DemoTownshipQuirks Quirks { get; init; } = DemoTownshipQuirks.None;

    /// <summary>
    /// When set, the township's previous term (第十七届) is recorded too, elected on this day, with its deputies'
    /// structure, so the term structure (R10) has a term to compare with (see <see cref="DemoPreviousTermBuilder"/>).
    /// </summary>
    public DateOnly? PreviousTermElectedOn { get; init; }

    public static bool IsCommunity(string village) => village.EndsWith("社区", StringComparison.Ordinal);

    /// <summary>The place name without 村 or 社区, as areas are spoken of (上塘片).</summary>
    public static string Stem(string village) =>
        IsCommunity(village) ? village[..^2] : village.EndsWith('村') ? village[..^1] : village;
}
