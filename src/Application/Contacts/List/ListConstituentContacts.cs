using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Contacts;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Contacts.List;

/// <summary>The contact ledger the caller may read, newest first unless sorted otherwise; from/to are inclusive.</summary>
[Authorize]
public sealed record ListConstituentContacts(
    Guid? TownshipId = null,
    Guid? DeputyId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    ContactChannel? Channel = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<ConstituentContactDto>>, IPagedQuery, IContactFilter;

public sealed class ListConstituentContactsValidator : AbstractValidator<ListConstituentContacts>
{
    public ListConstituentContactsValidator()
    {
        Include(new PagedQueryValidator(ContactFilter.SortKeys.Keys));
        Include(new ContactFilterValidator());
    }
}

public sealed class ListConstituentContactsHandler(IAppDbContext db) : IQueryHandler<ListConstituentContacts, PagedList<ConstituentContactDto>>
{
    public async ValueTask<PagedList<ConstituentContactDto>> Handle(ListConstituentContacts query, CancellationToken cancellationToken)
    {
        var contacts = ContactFilter.Apply(db.ConstituentContacts.AsNoTracking().AsSplitQuery(), query);
        var page = await ContactFilter.SortKeys.Apply(contacts, query.Sort, "-contactedOn").ToPageAsync(query, cancellationToken);
        var names = await db.NamesForAsync(page.Items, cancellationToken);
        return page.Map(c => c.ToDto(names));
    }
}
