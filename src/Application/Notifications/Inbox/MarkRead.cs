using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Notifications.Inbox;

/// <summary>Marks one of the signed-in user's reminders read; another's is not found. Marking it again changes nothing.</summary>
[Authorize]
public sealed record MarkNotificationRead(Guid Id) : ICommand<NotificationDto>;

public sealed class MarkNotificationReadHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<MarkNotificationRead, NotificationDto>
{
    public async ValueTask<NotificationDto> Handle(MarkNotificationRead command, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("提醒", command.Id);
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return notification.ToDto();
    }
}

/// <summary>Marks every unread reminder of the signed-in user read, in one statement; answers how many it marked.</summary>
[Authorize]
public sealed record MarkAllNotificationsRead : ICommand<int>;

public sealed class MarkAllNotificationsReadHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<MarkAllNotificationsRead, int>
{
    public async ValueTask<int> Handle(MarkAllNotificationsRead command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
