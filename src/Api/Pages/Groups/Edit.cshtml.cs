using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Groups.Get;
using DeputyPortal.Application.Groups.Reorganize;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Groups;

/// <summary>
/// 调整代表小组: the secretary replaces a group's name, members, leader and liaison in one change, sending
/// <see cref="ReorganizeRepresentativeGroup"/> at the version the form was loaded with.
/// </summary>
[PortalPage(typeof(GetRepresentativeGroup), typeof(ReorganizeRepresentativeGroup))]
public sealed class EditModel(ISender sender) : GroupFormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var group = await sender.Send(new GetRepresentativeGroup(Id), ct);
        (Version, Name, MemberDeputyIds, LeaderDeputyId, LiaisonPresidiumMemberId) =
            (group.Version, group.Name, [.. group.MemberDeputyIds], group.LeaderDeputyId, group.LiaisonPresidiumMemberId);
        Choices = await GroupChoices.LoadAsync(sender, group.TermId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var group = await sender.Send(
            new ReorganizeRepresentativeGroup(Name ?? string.Empty, MemberDeputyIds, LeaderDeputyId, LiaisonPresidiumMemberId) { Id = Id, ExpectedVersion = Version }, ct);
        TempData.SetNotice($"已调整代表小组{group.Name}。");
        return Redirect($"/groups/{Id}");
    }

    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        var group = await sender.Send(new GetRepresentativeGroup(Id), ct);
        Choices = await GroupChoices.LoadAsync(sender, group.TermId, ct);
    }
}
