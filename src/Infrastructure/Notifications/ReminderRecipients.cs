using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Notifications.Sending;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Infrastructure.Notifications;

/// <summary>
/// Finds the accounts behind a township's offices in the identity tables: an account counts while it is not locked
/// (an administrator's lock ends its access, and with it its reminders).
/// </summary>
public sealed class ReminderRecipients(AppDbContext db, TimeProvider clock) : IReminderRecipients
{
    public async Task<ILookup<Guid, Guid>> SecretariesAsync(IReadOnlyCollection<Guid> townshipIds, CancellationToken ct) =>
        (await InRole(Roles.TownshipSecretary)
            .Where(u => u.TownshipId != null && townshipIds.Contains(u.TownshipId.Value))
            .Select(u => new { Key = u.TownshipId!.Value, u.Id })
            .ToListAsync(ct))
        .ToLookup(u => u.Key, u => u.Id);

    public async Task<ILookup<Guid, Guid>> UnitOfficersAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct) =>
        (await InRole(Roles.HandlingUnitOfficer)
            .Where(u => u.HandlingUnitId != null && unitIds.Contains(u.HandlingUnitId.Value))
            .Select(u => new { Key = u.HandlingUnitId!.Value, u.Id })
            .ToListAsync(ct))
        .ToLookup(u => u.Key, u => u.Id);

    public async Task<ILookup<Guid, Guid>> DeputyAccountsAsync(IReadOnlyCollection<Guid> deputyIds, CancellationToken ct) =>
        (await Active()
            .Where(u => u.DeputyId != null && deputyIds.Contains(u.DeputyId.Value))
            .Select(u => new { Key = u.DeputyId!.Value, u.Id })
            .ToListAsync(ct))
        .ToLookup(u => u.Key, u => u.Id);

    public async Task<ILookup<Guid, Guid>> ChairAccountsAsync(IReadOnlyCollection<Guid> townshipIds, DateOnly day, CancellationToken ct) =>
        (await (
                from m in db.PresidiumMembers.AsNoTracking()
                join u in Active() on (Guid?)m.DeputyId equals u.DeputyId
                where townshipIds.Contains(m.TownshipId) && m.Post == PresidiumPost.Chair
                    && m.ServesFrom <= day && (m.ServesUntil == null || m.ServesUntil >= day)
                select new { Key = m.TownshipId, u.Id })
            .ToListAsync(ct))
        .ToLookup(u => u.Key, u => u.Id);

    public async Task<ILookup<Guid, Guid>> PresidiumMemberAccountsAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken ct) =>
        (await (
                from m in db.PresidiumMembers.AsNoTracking()
                join u in Active() on (Guid?)m.DeputyId equals u.DeputyId
                where memberIds.Contains(m.Id)
                select new { Key = m.Id, u.Id })
            .ToListAsync(ct))
        .ToLookup(u => u.Key, u => u.Id);

    private IQueryable<Identity.AppUser> Active()
    {
        var now = clock.GetUtcNow();
        return db.Users.AsNoTracking().Where(u => u.LockoutEnd == null || u.LockoutEnd <= now);
    }

    private IQueryable<Identity.AppUser> InRole(string role) =>
        from u in Active()
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == role
        select u;
}
