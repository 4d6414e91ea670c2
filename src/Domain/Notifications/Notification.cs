using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Notifications;

/// <summary>
/// 提醒: one reminder in one user's inbox. Its <see cref="DedupKey"/> (kind, subject, recipient, period) is unique in
/// the database, so a sweep that runs twice, on two instances, or again after a crash leaves each reminder once.
/// </summary>
public sealed class Notification
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 1000;
    public const int LinkMaxLength = 300;
    public const int PeriodMaxLength = 40;
    public const int DedupKeyMaxLength = 200;

    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public Guid RecipientUserId { get; private set; }

    /// <summary>The township the subject belongs to; null for county-wide reminders.</summary>
    public Guid? TownshipId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The record the reminder is about (a proposal, a group, a deputy, …).</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>What makes a repeat a new reminder: "15" days before, an ISO week while overdue, a quarter, …</summary>
    public string Period { get; private set; } = null!;

    public string DedupKey { get; private set; } = null!;

    public string Title { get; private set; } = null!;

    public string Body { get; private set; } = null!;

    /// <summary>The portal page of the subject, a path such as /proposals/{id}.</summary>
    public string Link { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification Create(NotificationDraft draft, Guid recipientUserId, DateTimeOffset now)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(draft.Title) && draft.Title.Length <= TitleMaxLength, "NotificationTitle", $"提醒标题须为1至{TitleMaxLength}个字。", "title");
        Rule.Require(draft.Body.Length <= BodyMaxLength, "NotificationBody", $"提醒内容最多{BodyMaxLength}个字。", "body");
        Rule.Require(draft.Link.StartsWith('/') && draft.Link.Length <= LinkMaxLength, "NotificationLink", "提醒链接须为站内路径。", "link");
        Rule.Require(!string.IsNullOrWhiteSpace(draft.Period) && draft.Period.Length <= PeriodMaxLength, "NotificationPeriod", "提醒周期不能为空。", "period");
        return new Notification
        {
            Id = Guid.CreateVersion7(),
            RecipientUserId = recipientUserId,
            TownshipId = draft.TownshipId,
            Kind = draft.Kind,
            SubjectId = draft.SubjectId,
            Period = draft.Period,
            DedupKey = KeyOf(draft.Kind, draft.SubjectId, recipientUserId, draft.Period),
            Title = draft.Title,
            Body = draft.Body,
            Link = draft.Link,
            CreatedAt = now,
        };
    }

    public static string KeyOf(NotificationKind kind, Guid subjectId, Guid recipientUserId, string period) =>
        $"{kind}:{subjectId:N}:{recipientUserId:N}:{period}";

    /// <summary>Marks it read once; reading again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

/// <summary>A reminder before its recipients are known: each recipient gets their own copy, deduplicated on its own.</summary>
public sealed record NotificationDraft(
    NotificationKind Kind, Guid SubjectId, Guid? TownshipId, string Period, string Title, string Body, string Link);
