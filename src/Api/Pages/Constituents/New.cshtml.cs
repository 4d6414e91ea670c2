using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Constituents.Create;
using DeputyPortal.Application.Me;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Constituents;

/// <summary>
/// 登记选民: the secretary assigns a new voter or household to a serving deputy of the township (固定联系), sending
/// <see cref="CreateConstituent"/>; created once however often the form is submitted (<see cref="PortalSubmitOnce"/>).
/// </summary>
[PortalPage(typeof(CreateConstituent))]
public sealed class NewModel(ISender sender, PortalSubmitOnce once) : ConstituentFormPageModel
{
    [BindProperty]
    public Guid IdempotencyKey { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid DeputyId { get; set; }

    public IReadOnlyDictionary<Guid, string> Deputies { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        IdempotencyKey = Guid.NewGuid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = await sender.Send(new GetMe(), ct);
        var command = new CreateConstituent(me.TownshipId ?? Guid.Empty, DeputyId, Name ?? string.Empty, ChosenKind, Village ?? string.Empty, Address, Phone);
        var location = await once.CreateAsync("constituents/new", IdempotencyKey, async () =>
        {
            var constituent = await sender.Send(command, ct);
            TempData.SetNotice($"已登记选民{constituent.Name}。");
            return $"/constituents/{constituent.Id}";
        }, ct);
        return Redirect(location);
    }

    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        once.Forget();
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = await sender.Send(new GetMe(), ct);
        if (me.TownshipId is { } township)
        {
            Deputies = await ConstituentChoices.ServingDeputiesAsync(sender, township, ct);
        }
    }
}
