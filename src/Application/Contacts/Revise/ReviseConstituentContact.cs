using System.Text.Json.Serialization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Contacts.Revise;

/// <summary>
/// Corrects a contact entry: a deputy their own (another deputy's is not found), a secretary any of the township's.
/// The rules of logging apply; concerns that became proposals stay as they are (see
/// <see cref="ConstituentContact.Revise"/>).
/// </summary>
[Authorize(Roles.Deputy, Roles.TownshipSecretary)]
public sealed record ReviseConstituentContact(
    DateOnly ContactedOn,
    ContactChannel Channel,
    string Summary,
    IReadOnlyList<Guid>? ConstituentIds = null,
    string? OtherPerson = null,
    IReadOnlyList<string>? Concerns = null) : ICommand<ConstituentContactDto>, IContactFields, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ReviseConstituentContactValidator : AbstractValidator<ReviseConstituentContact>
{
    public ReviseConstituentContactValidator() => Include(new ContactFieldsValidator());
}

public sealed class ReviseConstituentContactHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<ReviseConstituentContact, ConstituentContactDto>
{
    public async ValueTask<ConstituentContactDto> Handle(ReviseConstituentContact command, CancellationToken cancellationToken)
    {
        var contact = await db.LoadForChangeAsync<ConstituentContact>(command.Id, command.ExpectedVersion, ContactReading.Resource, cancellationToken);
        var constituents = await LoadConstituentsAsync(contact, command.ConstituentIds ?? [], cancellationToken);

        contact.Revise(
            constituents,
            command.OtherPerson,
            command.ContactedOn,
            command.Channel,
            command.Summary.Trim(),
            (command.Concerns ?? []).Select(c => c.Trim()).ToList(),
            clock.TodayInChina());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(contact, cancellationToken);
    }

    /// <summary>
    /// Those already named in the entry are kept even if reassigned since (read past the filter, ids only from the
    /// entry); new ones as the caller sees them. An id the caller cannot see is refused like another deputy's.
    /// </summary>
    private async Task<IReadOnlyCollection<Constituent>> LoadConstituentsAsync(ConstituentContact contact, IReadOnlyList<Guid> wanted, CancellationToken ct)
    {
        var named = contact.Constituents.Select(c => c.ConstituentId).Where(wanted.Contains).ToList();
        var added = wanted.Except(named).ToList();
        var found = await db.Constituents.IgnoreQueryFilters().Where(c => named.Contains(c.Id)).ToListAsync(ct);
        found.AddRange(await db.Constituents.Where(c => added.Contains(c.Id)).ToListAsync(ct));
        Rule.Require(
            wanted.All(id => found.Any(c => c.Id == id)),
            "ContactOwnConstituents",
            "只能选择分配给本人的联系选民。",
            "constituentIds");
        return wanted.Select(id => found.First(c => c.Id == id)).ToList();
    }
}
