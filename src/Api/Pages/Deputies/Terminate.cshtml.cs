using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Deputies;
using DeputyPortal.Application.Deputies.Get;
using DeputyPortal.Application.Deputies.Terminate;
using DeputyPortal.Domain.Deputies;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Deputies;

/// <summary>
/// 资格终止: the secretary ends a deputy's mandate on a date within the term, with the reason, sending
/// <see cref="TerminateDeputyMandate"/> at the version the form was loaded with. The deputy stays in the roster
/// (proposals, contacts and reviews keep naming them), marked 资格终止.
/// </summary>
[PortalPage(typeof(GetDeputy), typeof(TerminateDeputyMandate))]
public sealed class TerminateModel(ISender sender, TimeProvider clock) : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public DateOnly? TerminatedOn { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public DeputyDto Deputy { get; private set; } = null!;

    public bool IsServing => Deputy.Status == DeputyStatus.Serving;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReloadAfterErrorsAsync(ct);
        (Version, TerminatedOn) = (Deputy.Version, clock.TodayInChina());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var deputy = await sender.Send(
            new TerminateDeputyMandate(TerminatedOn ?? default, Reason ?? string.Empty) { Id = Id, ExpectedVersion = Version }, ct);
        TempData.SetNotice($"已登记代表{deputy.Name}资格终止。");
        return Redirect($"/deputies/{Id}");
    }

    public override async Task ReloadAfterErrorsAsync(CancellationToken ct) => Deputy = await sender.Send(new GetDeputy(Id), ct);
}
