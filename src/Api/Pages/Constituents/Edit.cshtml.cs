using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Constituents.Get;
using DeputyPortal.Application.Constituents.Update;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Constituents;

/// <summary>
/// 修改选民信息: the secretary corrects a constituent, sending <see cref="UpdateConstituent"/> at the version the form
/// was loaded with, so a change made meanwhile by someone else is refused rather than overwritten.
/// </summary>
[PortalPage(typeof(GetConstituent), typeof(UpdateConstituent))]
public sealed class EditModel(ISender sender, ICurrentUser user) : ConstituentFormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var c = await sender.Send(new GetConstituent(Id), ct);
        (Version, Name, Kind, Village, Address, Phone) = (c.Version, c.Name, c.Kind, c.Village, c.Address?.ShownTo(user), c.Phone?.ShownTo(user));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var constituent = await sender.Send(
            new UpdateConstituent(Name ?? string.Empty, ChosenKind, Village ?? string.Empty, Address, Phone) { Id = Id, ExpectedVersion = Version }, ct);
        TempData.SetNotice($"已保存选民{constituent.Name}的信息。");
        return Redirect($"/constituents/{Id}");
    }
}
