using DeputyPortal.Application.AccessTokens;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Me;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages;

public sealed class IndexModel(ISender sender) : PageModel
{
    private static readonly Dictionary<string, string> RoleLabels = new()
    {
        [Roles.CountyStaff] = "县人大常委会工作人员",
        [Roles.TownshipSecretary] = "人大主席团秘书",
        [Roles.PresidiumMember] = "主席团成员",
        [Roles.Deputy] = "人大代表",
        [Roles.HandlingUnitOfficer] = "承办单位经办人",
        [Roles.Admin] = "系统管理员",
    };

    public string DisplayName { get; private set; } = string.Empty;

    public string RoleLabel { get; private set; } = string.Empty;

    public string? TownshipName { get; private set; }

    /// <summary>Deputies log their contacts; secretaries keep the township's contact ledger.</summary>
    public bool KeepsContacts { get; private set; }

    /// <summary>Those who oversee a township read its compliance; deputies and handling units do not.</summary>
    public bool ReadsCompliance { get; private set; }

    public bool IsDeputy { get; private set; }

    /// <summary>County staff, secretaries and presidium members read the OData feed (and make tokens for it).</summary>
    public bool ReadsFeed { get; private set; }

    /// <summary>The readers of performance reviews: the deputy (their own), the secretary, the presidium and county staff.</summary>
    public bool ReadsReviews { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = await sender.Send(new GetMe(), ct);
        DisplayName = me.DisplayName;
        RoleLabel = RoleLabels.GetValueOrDefault(me.Role, me.Role);
        TownshipName = me.TownshipName;
        KeepsContacts = me.Role is Roles.Deputy or Roles.TownshipSecretary;
        IsDeputy = me.Role is Roles.Deputy;
        ReadsFeed = FeedAccess.Roles.Contains(me.Role);
        ReadsReviews = me.Role is Roles.Deputy or Roles.TownshipSecretary or Roles.PresidiumMember or Roles.CountyStaff or Roles.Admin;
        ReadsCompliance = me.Role is Roles.TownshipSecretary or Roles.PresidiumMember or Roles.CountyStaff or Roles.Admin;
    }
}
