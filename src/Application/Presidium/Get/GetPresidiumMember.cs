using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Presidium.Get;

[Authorize]
public sealed record GetPresidiumMember(Guid Id) : IQuery<PresidiumMemberDto>;

public sealed class GetPresidiumMemberHandler(IAppDbContext db) : IQueryHandler<GetPresidiumMember, PresidiumMemberDto>
{
    public async ValueTask<PresidiumMemberDto> Handle(GetPresidiumMember query, CancellationToken cancellationToken) =>
        await db.PresidiumMembers.Where(p => p.Id == query.Id).ProjectToDto(db.Deputies).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("主席团成员", query.Id);
}
