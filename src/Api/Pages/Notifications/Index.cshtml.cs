using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Notifications;
using DeputyPortal.Application.Notifications.Inbox;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Notifications;

/// <summary>
/// 提醒: the signed-in user's reminders, unread first. Opening one marks it read and goes to the record it names;
/// 全部标为已读 clears the count in the header.
/// </summary>
[PortalPage(typeof(ListMyNotifications))]
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public bool? Unread { get; set; }

    [BindProperty(SupportsGet = true, Name = PortalQuery.PageKey)]
    public int PageNumber { get; set; } = 1;

    public PagedList<NotificationDto> Notifications { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Notifications = await sender.Send(new ListMyNotifications(Unread, Math.Max(1, PageNumber), PageSize), ct);

    /// <summary>Marks it read and follows its link (a path within the portal, checked when it was stored).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var notification = await sender.Send(new MarkNotificationRead(id), ct);
            return LocalRedirect(notification.Link);
        }
        catch (NotFoundException)
        {
            return RedirectToPage();
        }
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await sender.Send(new MarkAllNotificationsRead(), ct);
        return RedirectToPage();
    }
}
