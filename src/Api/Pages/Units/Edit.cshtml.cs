using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.HandlingUnits.ChangeStatus;
using DeputyPortal.Application.HandlingUnits.Get;
using DeputyPortal.Application.HandlingUnits.Update;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Units;

/// <summary>
/// 修改承办单位: the secretary corrects a unit (<see cref="UpdateHandlingUnit"/>) or stops and resumes it
/// (停用 / 启用, <see cref="ChangeHandlingUnitStatus"/>: a unit is never deleted, proposals keep naming it), each at the
/// version the page was loaded with, so a change made meanwhile is refused rather than overwritten.
/// </summary>
[PortalPage(typeof(GetHandlingUnit), typeof(UpdateHandlingUnit))]
public sealed class EditModel(ISender sender, IRequestPermissions permissions) : UnitFormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public bool IsActive { get; private set; }

    public bool CanChangeStatus => permissions.MaySend<ChangeHandlingUnitStatus>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var unit = await sender.Send(new GetHandlingUnit(Id), ct);
        (Version, Name, Kind, HeadName, IsActive) = (unit.Version, unit.Name, unit.Kind, unit.HeadName, unit.IsActive);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var unit = await sender.Send(new UpdateHandlingUnit(Name ?? string.Empty, ChosenKind, HeadName) { Id = Id, ExpectedVersion = Version }, ct);
        TempData.SetNotice($"已保存承办单位{unit.Name}。");
        return Redirect("/units");
    }

    /// <summary>停用 (active=false) or 启用 (active=true).</summary>
    public async Task<IActionResult> OnPostStatusAsync(bool active, CancellationToken ct)
    {
        var unit = await sender.Send(new ChangeHandlingUnitStatus(Id, active) { ExpectedVersion = Version }, ct);
        TempData.SetNotice(active ? $"已启用承办单位{unit.Name}。" : $"已停用承办单位{unit.Name}。");
        return Redirect($"/units/{Id}/edit");
    }

    /// <summary>After a refused form: the unit's status again (the typed fields are kept).</summary>
    public override async Task ReloadAfterErrorsAsync(CancellationToken ct) => IsActive = (await sender.Send(new GetHandlingUnit(Id), ct)).IsActive;
}
