namespace DeputyPortal.Domain.Activities;

/// <summary>A unit an activity looked at (视察、评议对象).</summary>
public sealed class ActivitySubjectUnit(Guid activityId, Guid handlingUnitId)
{
    /// <summary>A row key of its own, so a revision that replaces the rows never collides with the rows it replaces.</summary>
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ActivityId { get; private set; } = activityId;

    public Guid HandlingUnitId { get; private set; } = handlingUnitId;
}

/// <summary>参加: a deputy's attendance at an activity; a leave (请假) carries its reason.</summary>
public sealed class ActivityParticipation(Guid activityId, Guid deputyId, Attendance attendance, string? leaveReason)
{
    public const int ReasonMaxLength = 200;

    /// <summary>A row key of its own, so a revision that replaces the rows never collides with the rows it replaces.</summary>
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ActivityId { get; private set; } = activityId;

    public Guid DeputyId { get; private set; } = deputyId;

    public Attendance Attendance { get; private set; } = attendance;

    public string? LeaveReason { get; private set; } = leaveReason;
}

/// <summary>The deputies' votes on one evaluated unit in a 工作评议 or 满意度测评.</summary>
public sealed class UnitTally(Guid activityId, Guid handlingUnitId, int satisfied, int basicallySatisfied, int dissatisfied)
{
    /// <summary>A row key of its own, so a revision that replaces the rows never collides with the rows it replaces.</summary>
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ActivityId { get; private set; } = activityId;

    public Guid HandlingUnitId { get; private set; } = handlingUnitId;

    public int Satisfied { get; private set; } = satisfied;

    public int BasicallySatisfied { get; private set; } = basicallySatisfied;

    public int Dissatisfied { get; private set; } = dissatisfied;

    public int Total => Satisfied + BasicallySatisfied + Dissatisfied;
}
