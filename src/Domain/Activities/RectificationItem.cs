using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Activities;

/// <summary>
/// 整改事项: something an activity found that a unit must put right by a date; completed with a date and the
/// evidence (整改情况) that it was done.
/// </summary>
public sealed class RectificationItem
{
    public const int TextMaxLength = 1_000;

    private RectificationItem()
    {
    }

    internal RectificationItem(Guid activityId, int position)
    {
        ActivityId = activityId;
        Position = position;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ActivityId { get; private set; }

    /// <summary>1, 2, … in the order the items were added.</summary>
    public int Position { get; private set; }

    public string Description { get; private set; } = null!;

    public Guid ResponsibleUnitId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public RectificationStatus Status { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? Evidence { get; private set; }

    public bool IsOverdue(DateOnly today) => Status != RectificationStatus.Completed && today > DueOn;

    internal void Set(RectificationDraft draft, DateOnly activityStart, DateOnly today)
    {
        Rule.Require(draft.DueOn >= activityStart, "RectificationDueAfterActivity", "整改期限不能早于活动日期。", "dueOn");
        var completed = draft.Status == RectificationStatus.Completed;
        Rule.Require(
            !completed || (draft.CompletedOn is not null && !string.IsNullOrWhiteSpace(draft.Evidence)),
            "CompletedRectificationHasDateAndEvidence",
            "已整改的事项必须填写完成日期和整改情况。",
            draft.CompletedOn is null ? "completedOn" : "evidence");
        Rule.Require(completed || draft.CompletedOn is null, "OnlyCompletedRectificationHasDate", "未完成整改的事项不能填写完成日期。", "completedOn");
        Rule.Require(
            draft.CompletedOn is null || (draft.CompletedOn >= activityStart && draft.CompletedOn <= today),
            "RectificationCompletedInPast",
            "完成日期须在活动日期之后、且不晚于今天。",
            "completedOn");

        Description = draft.Description;
        ResponsibleUnitId = draft.ResponsibleUnitId;
        DueOn = draft.DueOn;
        Status = draft.Status;
        CompletedOn = draft.CompletedOn;
        Evidence = string.IsNullOrWhiteSpace(draft.Evidence) ? null : draft.Evidence.Trim();
    }
}

/// <summary>What a secretary writes for a rectification item.</summary>
public sealed record RectificationDraft(
    string Description,
    Guid ResponsibleUnitId,
    DateOnly DueOn,
    RectificationStatus Status = RectificationStatus.Open,
    DateOnly? CompletedOn = null,
    string? Evidence = null);
