using DeputyPortal.Api.Portal;
using DeputyPortal.Application.HandlingUnits.Register;
using DeputyPortal.Application.Me;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Units;

/// <summary>
/// 登记承办单位: the secretary adds a unit of the township that proposals can be assigned to, sending
/// <see cref="RegisterHandlingUnit"/>; created once however often the form is submitted (<see cref="PortalSubmitOnce"/>).
/// </summary>
[PortalPage(typeof(RegisterHandlingUnit))]
public sealed class NewModel(ISender sender, PortalSubmitOnce once) : UnitFormPageModel
{
    [BindProperty]
    public Guid IdempotencyKey { get; set; }

    public void OnGet() => IdempotencyKey = Guid.NewGuid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = await sender.Send(new GetMe(), ct);
        var command = new RegisterHandlingUnit(me.TownshipId ?? Guid.Empty, Name ?? string.Empty, ChosenKind, HeadName);
        var location = await once.CreateAsync("units/new", IdempotencyKey, async () =>
        {
            var unit = await sender.Send(command, ct);
            TempData.SetNotice($"已登记承办单位{unit.Name}。");
            return "/units";
        }, ct);
        return Redirect(location);
    }

    public override Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        once.Forget();
        return Task.CompletedTask;
    }
}
