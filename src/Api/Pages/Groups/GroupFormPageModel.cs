using DeputyPortal.Api.Portal;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Groups;

/// <summary>
/// The fields that forming and reorganizing a group share (<c>_GroupFields</c>), under the requests' own names, so a
/// message about a member ("memberDeputyIds[2]") stands beside the member list.
/// </summary>
public abstract class GroupFormPageModel : PortalPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<Guid> MemberDeputyIds { get; set; } = [];

    [BindProperty]
    public Guid LeaderDeputyId { get; set; }

    [BindProperty]
    public Guid? LiaisonPresidiumMemberId { get; set; }

    /// <summary>The term's deputies (members and leader) and presidium members (liaison).</summary>
    public GroupChoices Choices { get; protected set; } = GroupChoices.None;
}
