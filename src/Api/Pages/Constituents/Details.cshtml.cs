using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Constituents;
using DeputyPortal.Application.Constituents.ChangeStatus;
using DeputyPortal.Application.Constituents.Get;
using DeputyPortal.Application.Constituents.Reassign;
using DeputyPortal.Application.Deputies.Get;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Constituents;

/// <summary>
/// One constituent, as <see cref="GetConstituent"/> scopes it (another deputy's or township's is not found), address
/// and phone as the rule shows them to this reader. The secretary's 停止联系 / 恢复联系 sends
/// <see cref="ChangeConstituentStatus"/> at the version the page was loaded with; 修改 and 重新分配 lead to their forms.
/// </summary>
[PortalPage(typeof(GetConstituent))]
public sealed class DetailsModel(ISender sender, IRequestPermissions permissions, ICurrentUser user) : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public ConstituentDto Constituent { get; private set; } = null!;

    public string DeputyName { get; private set; } = "—";

    public bool CanEdit => permissions.MayUse<EditModel>();

    public bool CanReassign => permissions.MayUse<ReassignModel>();

    public bool CanChangeStatus => permissions.MaySend<ChangeConstituentStatus>();

    public string Shown(PersonalText? text) => text?.ShownTo(user) ?? "—";

    public Task OnGetAsync(CancellationToken ct) => ReloadAfterErrorsAsync(ct);

    /// <summary>停止联系 (active=false) or 恢复联系 (active=true).</summary>
    public async Task<IActionResult> OnPostStatusAsync(bool active, CancellationToken ct)
    {
        var constituent = await sender.Send(new ChangeConstituentStatus(Id, active) { ExpectedVersion = Version }, ct);
        TempData.SetNotice(active ? $"已恢复联系{constituent.Name}。" : $"已停止联系{constituent.Name}。");
        return Redirect($"/constituents/{Id}");
    }

    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        Constituent = await sender.Send(new GetConstituent(Id), ct);
        Version = Constituent.Version;
        DeputyName = (await sender.Send(new GetDeputy(Constituent.DeputyId), ct)).Name;
    }
}
