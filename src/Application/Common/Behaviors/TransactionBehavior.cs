using DeputyPortal.Application.Common.Persistence;
using Mediator;

namespace DeputyPortal.Application.Common.Behaviors;

/// <summary>
/// Runs a command in one database transaction, so a failure anywhere leaves nothing half-written.
/// Joins a transaction that is already open (e.g. the one an idempotent create runs in).
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IAppDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
