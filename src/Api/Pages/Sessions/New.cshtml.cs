using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Sessions.Plan;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Sessions;

/// <summary>计划人代会会议: the secretary plans the N-th session of the township's current term; its dates come later.</summary>
[PortalPage(typeof(PlanSession))]
public sealed class NewModel(ISender sender, TimeProvider clock) : PortalPageModel
{
    [BindProperty]
    public int? Number { get; set; }

    public string? TermName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (_, term) = await sender.OfMyTownshipAsync(clock, ct);
        if (term is null)
        {
            ModelState.AddModelError(string.Empty, "本乡镇尚未设立届次，不能计划会议。");
            return Page();
        }

        var session = await sender.Send(new PlanSession(term.Id, Number ?? 0), ct);
        TempData.SetNotice($"已计划{session.Name}，开幕后请登记会期。");
        return Redirect("/sessions");
    }

    public override Task ReloadAfterErrorsAsync(CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct) => TermName = (await sender.OfMyTownshipAsync(clock, ct)).Term?.Name;
}
