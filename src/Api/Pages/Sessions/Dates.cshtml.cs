using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Sessions;
using DeputyPortal.Application.Sessions.Get;
using DeputyPortal.Application.Sessions.RecordDates;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Sessions;

/// <summary>登记会期: when a session opened and closed, at the version loaded, so a change made meanwhile is refused.</summary>
[PortalPage(typeof(GetSession), typeof(RecordSessionDates))]
public sealed class DatesModel(ISender sender) : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public DateOnly? OpenedOn { get; set; }

    [BindProperty]
    public DateOnly? ClosedOn { get; set; }

    public SessionDto Session { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        (Version, OpenedOn, ClosedOn) = (Session.Version, Session.OpenedOn, Session.ClosedOn);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var session = await sender.Send(new RecordSessionDates(OpenedOn, ClosedOn) { Id = Id, ExpectedVersion = Version }, ct);
        TempData.SetNotice($"已登记{session.Name}的会期。");
        return Redirect("/sessions");
    }

    public override Task ReloadAfterErrorsAsync(CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct) => Session = await sender.Send(new GetSession(Id), ct);
}
