using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Contacts.Get;

/// <summary>One contact entry; a deputy reads only their own, a handling unit none (query filter).</summary>
[Authorize]
public sealed record GetConstituentContact(Guid Id) : IQuery<ConstituentContactDto>;

public sealed class GetConstituentContactHandler(IAppDbContext db) : IQueryHandler<GetConstituentContact, ConstituentContactDto>
{
    public async ValueTask<ConstituentContactDto> Handle(GetConstituentContact query, CancellationToken cancellationToken)
    {
        var contact = await db.ConstituentContacts.AsNoTracking().AsSplitQuery().GetAsync(query.Id, ContactReading.Resource, cancellationToken);
        return await db.ToDtoAsync(contact, cancellationToken);
    }
}
