using System.Globalization;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Contacts.List;
using DeputyPortal.Application.Imports;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Contacts;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace DeputyPortal.Application.Contacts.Ledger;

/// <summary>
/// 联系选民台账: every contact entry the filters select (those of <see cref="ListConstituentContacts"/>, no paging),
/// oldest first, one row each, as an .xlsx workbook. The rows are what the caller may read (a deputy: their own; a
/// secretary: the township's; county staff: all). Constituents' phones and addresses are personal data, written by
/// <see cref="PersonalText.ShownTo"/> like every JSON answer: in full only for the township's secretary and the
/// deputy the constituent is assigned to, masked for everyone else.
/// </summary>
[Authorize(Roles.Deputy, Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record GetContactLedger(
    Guid? TownshipId = null,
    Guid? DeputyId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    ContactChannel? Channel = null,
    string? Sort = null) : IQuery<SpreadsheetFile>, IContactFilter
{
    public const string FileName = "联系选民台账.xlsx";
    public const string DefaultSort = "contactedOn";
}

public sealed class GetContactLedgerValidator : AbstractValidator<GetContactLedger>
{
    public GetContactLedgerValidator()
    {
        Include(new ContactFilterValidator());
        RuleFor(q => q.Sort).KnownSortKey(ContactFilter.SortKeys.Keys);
    }
}

public sealed class GetContactLedgerHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetContactLedger, SpreadsheetFile>
{
    private const string SheetName = "联系选民台账";
    private const string Missing = "-";

    public async ValueTask<SpreadsheetFile> Handle(GetContactLedger query, CancellationToken cancellationToken)
    {
        var contacts = ContactFilter.Apply(db.ConstituentContacts.AsNoTracking(), query);
        var count = await contacts.CountAsync(cancellationToken);
        SpreadsheetFile.RequireLedgerWithinLimit(count, "联系记录", "条", "按代表或日期");

        var entries = await ContactFilter.SortKeys.Apply(contacts, query.Sort, GetContactLedger.DefaultSort)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        // Names and numbers of what the entries point at; the entries themselves are already scoped, so their
        // constituents (even if reassigned since), deputies and proposals are read past the filters, by id only.
        var constituentIds = entries.SelectMany(e => e.Constituents).Select(c => c.ConstituentId).Distinct().ToList();
        var constituents = await db.Constituents.IgnoreQueryFilters().AsNoTracking()
            .Where(c => constituentIds.Contains(c.Id))
            .Select(c => new LedgerPerson(
                c.Id, c.Name, c.Village, PersonalText.Phone(c.Phone, c.TownshipId, c.DeputyId), PersonalText.Address(c.Address, c.TownshipId, c.DeputyId)))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var deputyIds = entries.Select(e => e.DeputyId).Distinct().ToList();
        var deputies = await db.Deputies.IgnoreQueryFilters().AsNoTracking()
            .Where(d => deputyIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var townshipIds = entries.Select(e => e.TownshipId).Distinct().ToList();
        var townships = await db.Townships.IgnoreQueryFilters().AsNoTracking()
            .Where(t => townshipIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var proposalIds = entries.SelectMany(e => e.Concerns).Where(c => c.ProposalId != null).Select(c => c.ProposalId!.Value).Distinct().ToList();
        var numbers = await db.Proposals.IgnoreQueryFilters().AsNoTracking()
            .Where(p => proposalIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Number, cancellationToken);

        var rows = entries.Select((e, i) => ToRow(i + 1, e, constituents, deputies, townships, numbers)).ToList();

        return await SpreadsheetFile.WriteAsync(GetContactLedger.FileName, SheetName, rows, cancellationToken);
    }

    private ContactLedgerRow ToRow(
        int rowNumber,
        ConstituentContact entry,
        Dictionary<Guid, LedgerPerson> constituents,
        Dictionary<Guid, string> deputies,
        Dictionary<Guid, string> townships,
        Dictionary<Guid, string?> numbers)
    {
        var people = entry.Constituents
            .Select(c => constituents.GetValueOrDefault(c.ConstituentId))
            .OfType<LedgerPerson>()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var names = people.Select(p => p.Name).ToList();
        if (entry.OtherPerson is not null)
        {
            names.Add(entry.OtherPerson);
        }

        return new ContactLedgerRow
        {
            RowNumber = rowNumber,
            Township = townships.GetValueOrDefault(entry.TownshipId, string.Empty),
            ContactedOn = entry.ContactedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Deputy = deputies.GetValueOrDefault(entry.DeputyId, string.Empty),
            Channel = entry.Channel.Label(),
            People = string.Join("、", names),
            Villages = string.Join("、", people.Select(p => p.Village).Distinct()),
            Phones = string.Join("、", people.Select(p => Shown(p.Phone))),
            Addresses = string.Join("；", people.Select(p => Shown(p.Address))),
            Summary = entry.Summary,
            Concerns = string.Join("\n", entry.Concerns.Select(c => $"{c.Position}. {c.Text}")),
            Proposals = string.Join(
                "\n",
                entry.Concerns.Where(c => c.ProposalId is not null)
                    .Select(c => $"第{c.Position}项：{numbers.GetValueOrDefault(c.ProposalId!.Value) ?? "未编号"}")),
        };
    }

    /// <summary>The cell text by the one rule of <see cref="PersonalText.ShownTo"/>, as the JSON answers show it.</summary>
    private string Shown(PersonalText? value) => value?.ShownTo(user) ?? Missing;
}

/// <summary>What the ledger reads of one constituent; its personal data only as <see cref="PersonalText"/>.</summary>
internal sealed record LedgerPerson(Guid Id, string Name, string Village, PersonalText? Phone, PersonalText? Address);
