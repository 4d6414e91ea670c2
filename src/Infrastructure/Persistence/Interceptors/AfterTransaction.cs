using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DeputyPortal.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Runs work once the database context's current transaction has ended, or at once when none is open. Whatever
/// other requests may have cached from the rows a change touches (an account's security stamp) is forgotten again
/// after commit, because a concurrent reader could have cached the old row while the change was still uncommitted.
/// </summary>
public sealed class AfterTransaction : DbTransactionInterceptor
{
    private readonly List<Action> _pending = [];

    public void Run(DbContext db, Action action)
    {
        if (db.Database.CurrentTransaction is null)
        {
            action();
        }
        else
        {
            _pending.Add(action);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => RunPending();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RunPending();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => RunPending();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RunPending();
        return Task.CompletedTask;
    }

    private void RunPending()
    {
        var actions = _pending.ToList();
        _pending.Clear();
        foreach (var action in actions)
        {
            action();
        }
    }
}
