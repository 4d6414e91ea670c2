using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Notifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Notifications.Delivery;

/// <summary>
/// 提醒投递记录, for administrators: where each reminder went beyond the inbox and how it fared, newest first;
/// <c>status=Failed</c> lists those that failed for good. Targets are account names and township codes, never an
/// address or a webhook URL.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record ListNotificationDeliveries(
    DeliveryStatus? Status = null, NotificationChannel? Channel = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<NotificationDeliveryDto>>, IPagedQuery
{
    string? IPagedQuery.Sort => null;
}

public sealed record NotificationDeliveryDto(
    Guid Id, Guid NotificationId, NotificationKind Kind, string KindLabel, string Title, NotificationChannel Channel, string Target,
    DeliveryStatus Status, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError, DateTimeOffset? SentAt, DateTimeOffset CreatedAt);

public sealed class ListNotificationDeliveriesValidator : AbstractValidator<ListNotificationDeliveries>
{
    public ListNotificationDeliveriesValidator() => Include(new PagedQueryValidator([]));
}

public sealed class ListNotificationDeliveriesHandler(IAppDbContext db) : IQueryHandler<ListNotificationDeliveries, PagedList<NotificationDeliveryDto>>
{
    public async ValueTask<PagedList<NotificationDeliveryDto>> Handle(ListNotificationDeliveries query, CancellationToken cancellationToken)
    {
        var rows =
            from d in db.NotificationDeliveries.AsNoTracking()
                .WhereIf(query.Status is not null, d => d.Status == query.Status)
                .WhereIf(query.Channel is not null, d => d.Channel == query.Channel)
            join n in db.Notifications.IgnoreQueryFilters() on d.NotificationId equals n.Id
            orderby d.CreatedAt descending, d.Id
            select new { d, n.Kind, n.Title };
        var page = await rows.ToPageAsync(query, cancellationToken);
        return page.Map(r => new NotificationDeliveryDto(
            r.d.Id, r.d.NotificationId, r.Kind, r.Kind.Label(), r.Title, r.d.Channel, r.d.Target, r.d.Status, r.d.Attempts,
            r.d.Status == DeliveryStatus.Pending ? r.d.NextAttemptAt : null, r.d.LastError, r.d.SentAt, r.d.CreatedAt));
    }
}
