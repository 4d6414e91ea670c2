using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Contacts.Log;

/// <summary>
/// Logs a contact with constituents (联系选民记录). A deputy logs their own (the deputy is the caller); a secretary
/// logs on behalf of a deputy of the township, e.g. from a reception day's sign-in sheet.
/// </summary>
[Authorize(Roles.Deputy, Roles.TownshipSecretary)]
public sealed record LogConstituentContact(
    DateOnly ContactedOn,
    ContactChannel Channel,
    string Summary,
    IReadOnlyList<Guid>? ConstituentIds = null,
    string? OtherPerson = null,
    IReadOnlyList<string>? Concerns = null,
    Guid? DeputyId = null) : ICommand<ConstituentContactDto>, IContactFields;

public sealed class LogConstituentContactValidator : AbstractValidator<LogConstituentContact>
{
    public LogConstituentContactValidator() => Include(new ContactFieldsValidator());
}

public sealed class LogConstituentContactHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<LogConstituentContact, ConstituentContactDto>
{
    public async ValueTask<ConstituentContactDto> Handle(LogConstituentContact command, CancellationToken cancellationToken)
    {
        var deputy = await LoadDeputyAsync(command, cancellationToken);
        var constituents = await LoadConstituentsAsync(command.ConstituentIds, cancellationToken);

        var contact = ConstituentContact.Log(
            deputy,
            constituents,
            command.OtherPerson,
            command.ContactedOn,
            command.Channel,
            command.Summary.Trim(),
            (command.Concerns ?? []).Select(c => c.Trim()).ToList(),
            clock.TodayInChina());
        db.ConstituentContacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(contact, cancellationToken);
    }

    private async Task<Deputy> LoadDeputyAsync(LogConstituentContact command, CancellationToken ct)
    {
        Guid deputyId;
        if (user.Role == Roles.Deputy)
        {
            Rule.RequireActor(
                command.DeputyId is null || command.DeputyId == user.DeputyId,
                "DeputiesLogTheirOwnContacts",
                "代表只能登记本人的联系选民记录。");
            deputyId = user.DeputyId!.Value;
        }
        else
        {
            Rule.Require(command.DeputyId is not null, "DeputyRequired", "请选择代表。", "deputyId");
            deputyId = command.DeputyId!.Value;
        }

        return await db.Deputies.FirstOrDefaultAsync(d => d.Id == deputyId, ct)
            ?? throw new DomainRuleException("ContactByTownshipDeputy", "代表必须是本乡镇的代表。", RuleViolationKind.InvalidRequest, "deputyId");
    }

    /// <summary>
    /// The constituents as the caller sees them (a deputy: only their own). An id the caller cannot see is refused by
    /// the same rule as another deputy's constituent, so the answer does not tell whether it exists.
    /// </summary>
    private async Task<IReadOnlyCollection<Constituent>> LoadConstituentsAsync(IReadOnlyList<Guid>? ids, CancellationToken ct)
    {
        var wanted = ids ?? [];
        var found = await db.Constituents.Where(c => wanted.Contains(c.Id)).ToListAsync(ct);
        Rule.Require(
            wanted.All(id => found.Any(c => c.Id == id)),
            "ContactOwnConstituents",
            "只能选择分配给本人的联系选民。",
            "constituentIds");
        return wanted.Select(id => found.First(c => c.Id == id)).ToList();
    }
}
