using DeputyPortal.Application.Me;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Infrastructure.Identity;

/// <summary>Reads accounts from the identity tables (not township-scoped: a user reads only their own, by id).</summary>
public sealed class AccountDirectory(AppDbContext db) : IAccountDirectory
{
    public Task<AccountInfo?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new AccountInfo(u.UserName!, u.DisplayName))
            .FirstOrDefaultAsync(cancellationToken);
}
