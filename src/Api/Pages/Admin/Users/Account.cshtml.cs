using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Users;
using DeputyPortal.Application.Users.Assignment;
using DeputyPortal.Application.Users.List;
using DeputyPortal.Application.Users.Lockout;
using DeputyPortal.Application.Users.Password;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Admin.Users;

/// <summary>
/// One account for the administrator: 锁定 / 解锁 (<see cref="SetUserLockout"/>), 重置密码
/// (<see cref="ResetUserPassword"/>) and 变更角色或所属单位 (<see cref="ChangeUserAssignment"/>), each its own form;
/// each ends the account's tokens and sessions. A refused form shows its messages beside its fields.
/// </summary>
[PortalPage(typeof(ListUserAccounts), typeof(SetUserLockout), typeof(ResetUserPassword), typeof(ChangeUserAssignment))]
public sealed class AccountModel(ISender sender) : AccountBindingPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public UserAccountDto Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReloadAfterErrorsAsync(ct);
        (Role, TownshipId, DeputyId, HandlingUnitId) = (Account.Role, Account.TownshipId, Account.DeputyId, Account.HandlingUnitId);
        return Page();
    }

    /// <summary>锁定 (locked=true) or 解锁 (locked=false).</summary>
    public async Task<IActionResult> OnPostLockoutAsync(bool locked, CancellationToken ct)
    {
        var account = await sender.Send(new SetUserLockout(Id, locked), ct);
        TempData.SetNotice(locked ? $"已锁定账户{account.UserName}，其登录状态和令牌均已失效。" : $"已解锁账户{account.UserName}。");
        return Redirect($"/admin/users/{Id}");
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        var account = await sender.Send(new ResetUserPassword(NewPassword ?? string.Empty) { Id = Id }, ct);
        TempData.SetNotice($"已重置账户{account.UserName}的密码，其登录状态和令牌均已失效。");
        return Redirect($"/admin/users/{Id}");
    }

    public async Task<IActionResult> OnPostAssignmentAsync(CancellationToken ct)
    {
        var account = await sender.Send(new ChangeUserAssignment(Role ?? string.Empty, TownshipId, DeputyId, HandlingUnitId) { Id = Id }, ct);
        TempData.SetNotice($"已变更账户{account.UserName}的角色和所属单位，其登录状态和令牌均已失效。");
        return Redirect($"/admin/users/{Id}");
    }

    /// <summary>The account and the choices again; a typed password is never sent back to the page.</summary>
    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        NewPassword = null;
        Account = await AccountChoices.FindAccountAsync(sender, Id, ct);
        Choices = await AccountChoices.LoadAsync(sender, ct);
    }
}
