using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Persistence.Idempotency;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// A 登记 form that creates a record once however often it is submitted: the form carries a key, claimed in the
/// create's own transaction as the API's Idempotency-Key is (and as 登记述职评议 does), so a second submit of the same
/// form goes to where the first one led instead of creating the record twice. A refused create rolls the claim back.
/// </summary>
public sealed class PortalCreateOnce(AppDbContext db, IdempotencyStore idempotency, ICurrentUser user)
{
    /// <summary>Runs <paramref name="create"/> (answering the address to go to) once per form key; a repeat answers the first address.</summary>
    public async Task<string> RunAsync(string form, Guid formKey, Func<Task<string>> create, CancellationToken ct)
    {
        var userId = user.UserId ?? throw new InvalidOperationException("A signed-in page has a user.");
        var prefix = $"portal:{form}:";
        var key = prefix + (formKey == Guid.Empty ? Guid.NewGuid() : formKey).ToString("N");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var earlier = await idempotency.ClaimAsync(userId, key, prefix, ct);
        if (earlier is not null)
        {
            return earlier.Location ?? "/";
        }

        var location = await create();
        await idempotency.CompleteAsync(userId, key, StatusCodes.Status303SeeOther, null, location, null, ct);
        await transaction.CommitAsync(ct);
        return location;
    }

    /// <summary>After a refused create: what the rolled-back transaction left tracked is forgotten.</summary>
    public void Forget() => db.ChangeTracker.Clear();
}
