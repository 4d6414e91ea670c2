using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Notifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Notifications.Inbox;

/// <summary>
/// 提醒: the signed-in user's own reminders, unread first, newest first within each. The notifications set is
/// filtered to the caller's own rows, so nobody reads another's inbox.
/// </summary>
[Authorize]
public sealed record ListMyNotifications(bool? Unread = null, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<NotificationDto>>, IPagedQuery
{
    string? IPagedQuery.Sort => null;
}

public sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotifications>
{
    public ListMyNotificationsValidator() => Include(new PagedQueryValidator([]));
}

public sealed class ListMyNotificationsHandler(IAppDbContext db) : IQueryHandler<ListMyNotifications, PagedList<NotificationDto>>
{
    public async ValueTask<PagedList<NotificationDto>> Handle(ListMyNotifications query, CancellationToken cancellationToken)
    {
        var rows = db.Notifications.AsNoTracking()
            .WhereIf(query.Unread == true, n => n.ReadAt == null)
            .WhereIf(query.Unread == false, n => n.ReadAt != null)
            .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt).ThenBy(n => n.Id);
        var page = await rows.ToPageAsync(query, cancellationToken);
        return page.Map(n => n.ToDto());
    }
}

/// <summary>How many of the signed-in user's reminders are unread: the count the portal's header shows.</summary>
[Authorize]
public sealed record CountMyUnreadNotifications : IQuery<int>;

public sealed class CountMyUnreadNotificationsHandler(IAppDbContext db) : IQueryHandler<CountMyUnreadNotifications, int>
{
    public async ValueTask<int> Handle(CountMyUnreadNotifications query, CancellationToken cancellationToken) =>
        await db.Notifications.CountAsync(n => n.ReadAt == null, cancellationToken);
}

internal static class NotificationMapping
{
    public static NotificationDto ToDto(this Notification n) =>
        new(n.Id, n.Kind, n.Kind.Label(), n.SubjectId, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt);
}
