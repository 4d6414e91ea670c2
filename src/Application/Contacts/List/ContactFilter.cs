using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Contacts;
using FluentValidation;

namespace DeputyPortal.Application.Contacts.List;

/// <summary>The filters the contact list and the contact ledger share; from/to are inclusive.</summary>
public interface IContactFilter
{
    Guid? TownshipId { get; }

    Guid? DeputyId { get; }

    DateOnly? From { get; }

    DateOnly? To { get; }

    ContactChannel? Channel { get; }

    string? Sort { get; }
}

public static class ContactFilter
{
    internal static readonly SortMap<ConstituentContact> SortKeys = new SortMap<ConstituentContact>(c => c.Id)
        .Add("contactedOn", c => c.ContactedOn);

    /// <summary>The filters on what the caller may read (the query filter already limits it), unsorted.</summary>
    public static IQueryable<ConstituentContact> Apply(IQueryable<ConstituentContact> contacts, IContactFilter filter)
    {
        contacts = contacts.WhereIf(filter.TownshipId is not null, c => c.TownshipId == filter.TownshipId);
        contacts = contacts.WhereIf(filter.DeputyId is not null, c => c.DeputyId == filter.DeputyId);
        contacts = contacts.WhereIf(filter.From is not null, c => c.ContactedOn >= filter.From);
        contacts = contacts.WhereIf(filter.To is not null, c => c.ContactedOn <= filter.To);
        return contacts.WhereIf(filter.Channel is not null, c => c.Channel == filter.Channel);
    }
}

public sealed class ContactFilterValidator : AbstractValidator<IContactFilter>
{
    public ContactFilterValidator()
    {
        RuleFor(q => q.Channel).IsInEnum().WithErrorCode("KnownValue").WithName("联系方式");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From)
            .WithErrorCode("FromBeforeTo").WithMessage("结束日期不能早于开始日期。").WithName("结束日期")
            .When(q => q.From is not null && q.To is not null);
    }
}
