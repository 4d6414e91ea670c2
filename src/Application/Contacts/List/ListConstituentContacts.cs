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
    string? Sort = null) : IQuery<PagedList<ConstituentContactDto>>, IPagedQuery
{
    internal static readonly SortMap<ConstituentContact> SortKeys = new SortMap<ConstituentContact>(c => c.Id)
        .Add("contactedOn", c => c.ContactedOn);
}

public sealed class ListConstituentContactsValidator : AbstractValidator<ListConstituentContacts>
{
    public ListConstituentContactsValidator()
    {
        Include(new PagedQueryValidator(ListConstituentContacts.SortKeys.Keys));
        RuleFor(q => q.Channel).IsInEnum().WithErrorCode("KnownValue").WithName("联系方式");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From)
            .WithErrorCode("FromBeforeTo").WithMessage("结束日期不能早于开始日期。").WithName("结束日期")
            .When(q => q.From is not null && q.To is not null);
    }
}

public sealed class ListConstituentContactsHandler(IAppDbContext db) : IQueryHandler<ListConstituentContacts, PagedList<ConstituentContactDto>>
{
    public async ValueTask<PagedList<ConstituentContactDto>> Handle(ListConstituentContacts query, CancellationToken cancellationToken)
    {
        var contacts = db.ConstituentContacts.AsNoTracking().AsSplitQuery();
        contacts = contacts.WhereIf(query.TownshipId is not null, c => c.TownshipId == query.TownshipId);
        contacts = contacts.WhereIf(query.DeputyId is not null, c => c.DeputyId == query.DeputyId);
        contacts = contacts.WhereIf(query.From is not null, c => c.ContactedOn >= query.From);
        contacts = contacts.WhereIf(query.To is not null, c => c.ContactedOn <= query.To);
        contacts = contacts.WhereIf(query.Channel is not null, c => c.Channel == query.Channel);

        var page = await ListConstituentContacts.SortKeys.Apply(contacts, query.Sort, "-contactedOn").ToPageAsync(query, cancellationToken);
        var names = await db.NamesForAsync(page.Items, cancellationToken);
        return page.Map(c => c.ToDto(names));
    }
}
