using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Contacts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Contacts.Remove;

/// <summary>
/// Removes a mistaken contact entry: a deputy their own, a secretary any of the township's. Refused once a concern
/// of it became a proposal (ContactWithProposalIsKept, 409).
/// </summary>
[Authorize(Roles.Deputy, Roles.TownshipSecretary)]
public sealed record RemoveConstituentContact(Guid Id) : ICommand, IVersionedCommand
{
    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class RemoveConstituentContactHandler(IAppDbContext db) : ICommandHandler<RemoveConstituentContact>
{
    public async ValueTask<Unit> Handle(RemoveConstituentContact command, CancellationToken cancellationToken)
    {
        var contact = await db.LoadForChangeAsync<ConstituentContact>(command.Id, command.ExpectedVersion, ContactReading.Resource, cancellationToken);
        contact.EnsureRemovable();
        db.ConstituentContacts.Remove(contact);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
