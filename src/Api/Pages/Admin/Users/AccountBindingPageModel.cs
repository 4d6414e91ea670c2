using DeputyPortal.Api.Portal;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Admin.Users;

/// <summary>
/// The account's one role and what it is bound to (<c>_BindingFields</c>), as opening an account and changing its
/// assignment share them, under the requests' own names; which binding a role needs is the application's rule.
/// </summary>
public abstract class AccountBindingPageModel : PortalPageModel
{
    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public Guid? TownshipId { get; set; }

    [BindProperty]
    public Guid? DeputyId { get; set; }

    [BindProperty]
    public Guid? HandlingUnitId { get; set; }

    public AccountChoices Choices { get; protected set; } = AccountChoices.None;
}
