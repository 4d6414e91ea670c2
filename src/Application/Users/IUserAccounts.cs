using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Users.Assignment;
using DeputyPortal.Application.Users.Create;
using DeputyPortal.Application.Users.List;

namespace DeputyPortal.Application.Users;

/// <summary>
/// A portal account as an administrator sees it. Never carries the password or its hash.
/// <see cref="IsLockedOut"/> is true while <see cref="LockoutEnd"/> lies in the future (repeated wrong passwords, or locked by an administrator).
/// </summary>
public sealed record UserAccountDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Role,
    Guid? TownshipId,
    Guid? DeputyId,
    Guid? HandlingUnitId,
    bool IsLockedOut,
    DateTimeOffset? LockoutEnd,
    bool IsDemo);

/// <summary>
/// The account store (ASP.NET Core Identity) as the use cases need it. Every change that takes authority away
/// (lock, password, role or binding) renews the account's security stamp, which every request's token or cookie is
/// checked against, so credentials issued before the change are refused.
/// </summary>
public interface IUserAccounts
{
    Task<PagedList<UserAccountDto>> ListAsync(ListUserAccounts query, CancellationToken ct);

    /// <summary>Creates the account with its one role; refuses a taken user name (409) and a weak password (422).</summary>
    Task<UserAccountDto> CreateAsync(CreateUserAccount command, CancellationToken ct);

    /// <summary>
    /// Locks the account until it is unlocked (ending its tokens and sessions), or unlocks it and clears its count of
    /// failed sign-ins.
    /// </summary>
    Task<UserAccountDto> SetLockedAsync(Guid id, bool locked, CancellationToken ct);

    /// <summary>Sets a new password (a weak one is refused, 422) and ends the account's tokens and sessions.</summary>
    Task<UserAccountDto> ResetPasswordAsync(Guid id, string newPassword, CancellationToken ct);

    /// <summary>
    /// The account's own password change; ends the account's tokens and sessions. A weak new password is refused
    /// (422 newPassword); a wrong current one answers false and counts as a failed sign-in (which must be committed,
    /// so it is an answer, not an exception that would roll it back).
    /// </summary>
    Task<bool> ChangePasswordAsync(Guid id, string currentPassword, string newPassword, CancellationToken ct);

    /// <summary>Gives the account its new role and bindings and ends its tokens and sessions.</summary>
    Task<UserAccountDto> ChangeAssignmentAsync(ChangeUserAssignment command, CancellationToken ct);
}
