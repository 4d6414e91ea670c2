using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Activities;

/// <summary>
/// What an activity was. The first six are supervision (监督活动); the rest are deputies' other activities
/// (代表活动), usually organized by a representative group.
/// </summary>
public enum ActivityKind
{
    [Label("视察")] Inspection,
    [Label("执法检查")] LawEnforcementCheck,
    [Label("专题调研")] Research,
    [Label("工作评议")] WorkEvaluation,
    [Label("听取和审议专项工作报告")] SpecialReportReview,
    [Label("满意度测评")] SatisfactionSurvey,
    [Label("学习培训")] Training,
    [Label("会前视察")] PreSessionInspection,
    [Label("代表接待日")] ReceptionDay,
    [Label("集中联系选民")] ConstituentOutreach,
    [Label("其他")] Other,
}

public static class ActivityKinds
{
    public static bool IsSupervision(this ActivityKind kind) => kind <= ActivityKind.SatisfactionSurvey;

    /// <summary>A 工作评议 or 满意度测评 ends with deputies rating each evaluated unit.</summary>
    public static bool RatesUnits(this ActivityKind kind) =>
        kind is ActivityKind.WorkEvaluation or ActivityKind.SatisfactionSurvey;
}

/// <summary>Whether a deputy took part (出席), was absent (缺席) or excused (请假, with a reason).</summary>
public enum Attendance
{
    [Label("出席")] Present,
    [Label("缺席")] Absent,
    [Label("请假")] OnLeave,
}

/// <summary>Where a rectification item (整改事项) stands.</summary>
public enum RectificationStatus
{
    [Label("待整改")] Open,
    [Label("整改中")] InProgress,
    [Label("已整改")] Completed,
}
