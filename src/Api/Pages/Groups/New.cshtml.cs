using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Groups.Form;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Groups;

/// <summary>
/// 组建代表小组: the secretary forms a group of the current term's deputies with its leader and liaison, sending
/// <see cref="FormRepresentativeGroup"/>; created once however often the form is submitted (<see cref="PortalSubmitOnce"/>).
/// </summary>
[PortalPage(typeof(FormRepresentativeGroup))]
public sealed class NewModel(ISender sender, TimeProvider clock, PortalSubmitOnce once) : GroupFormPageModel
{
    [BindProperty]
    public Guid IdempotencyKey { get; set; }

    public string? TermName { get; private set; }

    private Guid _termId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        IdempotencyKey = Guid.NewGuid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var command = new FormRepresentativeGroup(_termId, Name ?? string.Empty, MemberDeputyIds, LeaderDeputyId, LiaisonPresidiumMemberId);
        var location = await once.CreateAsync("groups/new", IdempotencyKey, async () =>
        {
            var group = await sender.Send(command, ct);
            TempData.SetNotice($"已组建代表小组{group.Name}。");
            return $"/groups/{group.Id}";
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
        var (_, term) = await sender.OfMyTownshipAsync(clock, ct);
        if (term is not null)
        {
            (_termId, TermName) = (term.Id, term.Name);
            Choices = await GroupChoices.LoadAsync(sender, term.Id, ct);
        }
    }
}
