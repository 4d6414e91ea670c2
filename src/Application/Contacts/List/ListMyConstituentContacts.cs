using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Contacts;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Contacts.List;

/// <summary>The signed-in deputy's own contact entries (我的联系选民记录), newest first; the filters of the contact list.</summary>
[Authorize(Roles.Deputy)]
public sealed record ListMyConstituentContacts(
    DateOnly? From = null,
    DateOnly? To = null,
    ContactChannel? Channel = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<ConstituentContactDto>>, IPagedQuery;

public sealed class ListMyConstituentContactsValidator : AbstractValidator<ListMyConstituentContacts>
{
    public ListMyConstituentContactsValidator()
    {
        Include(new PagedQueryValidator(ContactFilter.SortKeys.Keys));
        RuleFor(q => q.Channel).IsInEnum().WithErrorCode("KnownValue").WithName("联系方式");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From)
            .WithErrorCode("FromBeforeTo").WithMessage("结束日期不能早于开始日期。").WithName("结束日期")
            .When(q => q.From is not null && q.To is not null);
    }
}

public sealed class ListMyConstituentContactsHandler(IAppDbContext db, ICurrentUser user)
    : IQueryHandler<ListMyConstituentContacts, PagedList<ConstituentContactDto>>
{
    public async ValueTask<PagedList<ConstituentContactDto>> Handle(ListMyConstituentContacts query, CancellationToken cancellationToken)
    {
        var deputyId = user.DeputyId;
        var filter = new ListConstituentContacts(From: query.From, To: query.To, Channel: query.Channel);
        var contacts = ContactFilter.Apply(db.ConstituentContacts.AsNoTracking().AsSplitQuery().Where(c => deputyId != null && c.DeputyId == deputyId), filter);
        var page = await ContactFilter.SortKeys.Apply(contacts, query.Sort, "-contactedOn").ToPageAsync(query, cancellationToken);
        var names = await db.NamesForAsync(page.Items, cancellationToken);
        return page.Map(c => c.ToDto(names));
    }
}
