using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Persistence.Idempotency;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// A create form submitted twice (a double click, a resend after a slow answer) creates once: the form carries a key,
/// claimed in the create's own transaction as the API's Idempotency-Key is, and a second submit with the same key goes
/// to the record the first one created. When the create is refused, the claim rolls back with it, so the corrected form
/// may be sent with the same key; <see cref="Forget"/> clears what the refused attempt left tracked.
/// </summary>
public sealed class PortalSubmitOnce(AppDbContext db, IdempotencyStore idempotency, ICurrentUser user)
{
    /// <summary>Runs <paramref name="create"/> once per (user, form, key) and answers the address of what it created; a form without a key creates each time.</summary>
    public async Task<string> CreateAsync(string form, Guid key, Func<Task<string>> create, CancellationToken ct)
    {
        var userId = user.UserId ?? throw new InvalidOperationException("A signed-in page has a user.");
        var prefix = $"portal:{form}:";
        var claim = prefix + (key == Guid.Empty ? Guid.NewGuid() : key).ToString("N");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var earlier = await idempotency.ClaimAsync(userId, claim, prefix, ct);
        if (earlier is not null)
        {
            return earlier.Location ?? "/";
        }

        var location = await create();
        await idempotency.CompleteAsync(userId, claim, StatusCodes.Status303SeeOther, null, location, null, ct);
        await transaction.CommitAsync(ct);
        return location;
    }

    /// <summary>After a refused create: nothing of it stays tracked for the page's reload.</summary>
    public void Forget() => db.ChangeTracker.Clear();
}
