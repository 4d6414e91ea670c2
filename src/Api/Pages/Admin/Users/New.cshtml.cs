using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Users.Create;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Admin.Users;

/// <summary>
/// 新建账户: the administrator opens a portal account with one role and its binding, sending
/// <see cref="CreateUserAccount"/>; a taken user name or a weak password is refused beside its field. The user name
/// is the account's own key, so a second submit of the same form is refused as taken rather than creating two.
/// </summary>
[PortalPage(typeof(CreateUserAccount))]
public sealed class NewModel(ISender sender) : AccountBindingPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Choices = await AccountChoices.LoadAsync(sender, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var account = await sender.Send(
            new CreateUserAccount(UserName ?? string.Empty, DisplayName ?? string.Empty, Password ?? string.Empty, Role ?? string.Empty, TownshipId, DeputyId, HandlingUnitId),
            ct);
        TempData.SetNotice($"已新建账户{account.UserName}。");
        return Redirect($"/admin/users/{account.Id}");
    }

    /// <summary>The choices again; the password is never sent back to the page.</summary>
    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        Password = null;
        Choices = await AccountChoices.LoadAsync(sender, ct);
    }
}
