using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Application.Auditing;

[Authorize(Roles.Admin)]
public sealed record VerifyAuditChain : IQuery<AuditChainReport>;

public sealed class VerifyAuditChainHandler(IAuditChainVerifier verifier) : IQueryHandler<VerifyAuditChain, AuditChainReport>
{
    public async ValueTask<AuditChainReport> Handle(VerifyAuditChain query, CancellationToken cancellationToken) =>
        await verifier.VerifyAsync(cancellationToken);
}
