using DeputyPortal.Domain.Notifications;

namespace DeputyPortal.Application.Notifications;

/// <summary>A reminder as its recipient reads it.</summary>
public sealed record NotificationDto(
    Guid Id, NotificationKind Kind, string KindLabel, Guid SubjectId, string Title, string Body, string Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
