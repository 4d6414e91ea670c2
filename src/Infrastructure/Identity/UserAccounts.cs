using System.Text.Json;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Users;
using DeputyPortal.Application.Users.Assignment;
using DeputyPortal.Application.Users.Create;
using DeputyPortal.Application.Users.List;
using DeputyPortal.Domain.Auditing;
using DeputyPortal.Domain.Common;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Persistence.Interceptors;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Infrastructure.Identity;

/// <summary>
/// Portal accounts through ASP.NET Core Identity. Account changes are not domain records, so the audit interceptor
/// does not see them; each change writes its own audit entry (never with the password hash) in the same transaction.
/// A change that takes authority away goes through <see cref="EndSessionsAsync"/>.
/// </summary>
public sealed class UserAccounts(
    AppDbContext db, UserManager<AppUser> users, ICurrentUser currentUser, TimeProvider clock, AccountStates states, AfterTransaction afterTransaction)
    : IUserAccounts
{
    /// <summary>"Locked until unlocked": far enough to mean forever, and representable in PostgreSQL.</summary>
    public static readonly DateTimeOffset LockedForever = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private const string AuditEntityType = "UserAccount";

    private static readonly SortMap<AppUser> SortKeys = new SortMap<AppUser>(u => u.Id)
        .Add("userName", u => u.UserName!)
        .Add("displayName", u => u.DisplayName);

    private static readonly Dictionary<string, string> PasswordMessages = new()
    {
        ["PasswordTooShort"] = "密码至少需要8个字符。",
        ["PasswordRequiresDigit"] = "密码必须包含数字。",
        ["PasswordRequiresLower"] = "密码必须包含小写字母。",
        ["PasswordRequiresUpper"] = "密码必须包含大写字母。",
        ["PasswordRequiresNonAlphanumeric"] = "密码必须包含符号（如 @ # !）。",
        ["PasswordRequiresUniqueChars"] = "密码包含的不同字符太少。",
    };

    public async Task<PagedList<UserAccountDto>> ListAsync(ListUserAccounts query, CancellationToken ct)
    {
        var accounts = db.Users.AsNoTracking();
        if (query.Role is { } role)
        {
            accounts = accounts.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (query.TownshipId is { } townshipId)
        {
            accounts = accounts.Where(u => u.TownshipId == townshipId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            accounts = accounts.Where(u => u.UserName!.Contains(query.Search) || u.DisplayName.Contains(query.Search));
        }

        var now = clock.GetUtcNow();
        return await SortKeys.Apply(accounts, query.Sort, "userName")
            .Select(u => new UserAccountDto(
                u.Id,
                u.UserName!,
                u.DisplayName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.TownshipId,
                u.DeputyId,
                u.HandlingUnitId,
                u.LockoutEnd != null && u.LockoutEnd > now,
                u.LockoutEnd,
                u.IsDemo))
            .ToPageAsync(query, ct);
    }

    public async Task<UserAccountDto> CreateAsync(CreateUserAccount command, CancellationToken ct)
    {
        if (await users.FindByNameAsync(command.UserName) is not null)
        {
            throw new DomainRuleException("UserNameIsUnique", $"用户名“{command.UserName}”已被使用。", RuleViolationKind.ConflictsWithState, "userName");
        }

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = command.UserName,
            DisplayName = command.DisplayName,
            TownshipId = command.TownshipId,
            DeputyId = command.DeputyId,
            HandlingUnitId = command.HandlingUnitId,
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user, command.Password));
        Check(await users.AddToRoleAsync(user, command.Role));

        var created = ToDto(user, command.Role);
        await AuditAsync(user, "Created", before: null, after: Describe(created), ct);
        return created;
    }

    public async Task<UserAccountDto> SetLockedAsync(Guid id, bool locked, CancellationToken ct)
    {
        var user = await FindAsync(id);
        var before = user.LockoutEnd;
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, locked ? LockedForever : null));
        if (locked)
        {
            await EndSessionsAsync(user);
        }
        else
        {
            Check(await users.ResetAccessFailedCountAsync(user));
            Forget(user);
        }

        await AuditAsync(user, locked ? "Locked" : "Unlocked", new { LockoutEnd = before }, new { user.LockoutEnd }, ct);
        return ToDto(user, (await users.GetRolesAsync(user)).SingleOrDefault());
    }

    public async Task<UserAccountDto> ResetPasswordAsync(Guid id, string newPassword, CancellationToken ct)
    {
        var user = await FindAsync(id);
        var resetToken = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, resetToken, newPassword), passwordField: "NewPassword");
        await EndSessionsAsync(user);

        await AuditAsync(user, "PasswordReset", before: null, after: new { PasswordChanged = true }, ct);
        return ToDto(user, (await users.GetRolesAsync(user)).SingleOrDefault());
    }

    public async Task<bool> ChangePasswordAsync(Guid id, string currentPassword, string newPassword, CancellationToken ct)
    {
        var user = await FindAsync(id);
        if (!await users.CheckPasswordAsync(user, currentPassword))
        {
            Check(await users.AccessFailedAsync(user));
            Forget(user); // the failure may have locked the account
            return false;
        }

        Check(await users.ChangePasswordAsync(user, currentPassword, newPassword), passwordField: "NewPassword");
        Check(await users.ResetAccessFailedCountAsync(user));
        await EndSessionsAsync(user);
        await AuditAsync(user, "PasswordChanged", before: null, after: new { PasswordChanged = true }, ct);
        return true;
    }

    public async Task<UserAccountDto> ChangeAssignmentAsync(ChangeUserAssignment command, CancellationToken ct)
    {
        var user = await FindAsync(command.Id);
        var roles = await users.GetRolesAsync(user);
        var before = Describe(ToDto(user, roles.SingleOrDefault()));

        user.TownshipId = command.TownshipId;
        user.DeputyId = command.DeputyId;
        user.HandlingUnitId = command.HandlingUnitId;
        Check(await users.UpdateAsync(user));
        if (!roles.SequenceEqual([command.Role]))
        {
            Check(await users.RemoveFromRolesAsync(user, roles));
            Check(await users.AddToRoleAsync(user, command.Role));
        }

        await EndSessionsAsync(user);
        var changed = ToDto(user, command.Role);
        await AuditAsync(user, "AssignmentChanged", before, Describe(changed), ct);
        return changed;
    }

    private async Task<AppUser> FindAsync(Guid id) => await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("用户", id);

    /// <summary>
    /// A new security stamp: every token and cookie issued before it is refused from the next request on (this
    /// instance forgets its cached copy now; others within <see cref="AccountStates.CacheLifetime"/>).
    /// </summary>
    private async Task EndSessionsAsync(AppUser user)
    {
        Check(await users.UpdateSecurityStampAsync(user));
        Forget(user);
    }

    /// <summary>Now, so this instance's next request reads the account afresh; and again once the change commits, in
    /// case a request read the old row in between and cached it.</summary>
    private void Forget(AppUser user)
    {
        states.Forget(user.Id);
        afterTransaction.Run(db, () => states.Forget(user.Id));
    }

    private UserAccountDto ToDto(AppUser user, string? role) => new(
        user.Id,
        user.UserName!,
        user.DisplayName,
        role,
        user.TownshipId,
        user.DeputyId,
        user.HandlingUnitId,
        user.LockoutEnd > clock.GetUtcNow(),
        user.LockoutEnd,
        user.IsDemo);

    private static object Describe(UserAccountDto account) => new
    {
        account.UserName,
        account.DisplayName,
        account.Role,
        account.TownshipId,
        account.DeputyId,
        account.HandlingUnitId,
    };

    private async Task AuditAsync(AppUser user, string action, object? before, object after, CancellationToken ct)
    {
        db.AuditEntries.Add(AuditEntry.Record(
            clock.GetUtcNow().UtcDateTime,
            currentUser.UserId,
            currentUser.UserName,
            AuditEntityType,
            user.Id.ToString(),
            action,
            before is null ? null : JsonSerializer.Serialize(before),
            JsonSerializer.Serialize(after)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Turns Identity's refusals into the API's: a weak password or bad user name is a 422 naming the field.</summary>
    private static void Check(IdentityResult result, string passwordField = "Password")
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw new DomainRuleException("UserNameIsUnique", "用户名已被使用。", RuleViolationKind.ConflictsWithState, "userName");
        }

        throw new ValidationException(result.Errors.Select(e => e.Code.StartsWith("Password", StringComparison.Ordinal)
            ? new ValidationFailure(passwordField, PasswordMessages.GetValueOrDefault(e.Code, e.Description)) { ErrorCode = e.Code }
            : new ValidationFailure(e.Code.Contains("UserName", StringComparison.Ordinal) ? "UserName" : "Account", e.Description) { ErrorCode = e.Code }));
    }
}
