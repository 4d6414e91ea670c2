using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Domain.Constituents;
using FluentValidation;

namespace DeputyPortal.Application.Constituents.List;

/// <summary>The filters every constituent list shares (all constituents, one deputy's, the caller's own).</summary>
public interface IConstituentFilter : IPagedQuery
{
    string? Village { get; }

    ConstituentKind? Kind { get; }

    bool? IsActive { get; }

    string? Search { get; }
}

public static class ConstituentFilter
{
    internal static readonly SortMap<Constituent> SortKeys = new SortMap<Constituent>(c => c.Id)
        .Add("name", c => c.Name)
        .Add("village", c => c.Village);

    /// <summary>Filters, sorts (by name unless asked otherwise) and projects; the search matches the name only, never personal data.</summary>
    public static IQueryable<ConstituentDto> Apply(IQueryable<Constituent> constituents, IConstituentFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Village))
        {
            var village = filter.Village.Trim();
            constituents = constituents.Where(c => c.Village == village);
        }

        if (filter.Kind is { } kind)
        {
            constituents = constituents.Where(c => c.Kind == kind);
        }

        if (filter.IsActive is { } isActive)
        {
            constituents = constituents.Where(c => c.IsActive == isActive);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            constituents = constituents.Where(c => c.Name.Contains(search));
        }

        return SortKeys.Apply(constituents, filter.Sort, "name").ProjectToDto();
    }
}

public sealed class ConstituentFilterValidator : AbstractValidator<IConstituentFilter>
{
    public ConstituentFilterValidator()
    {
        Include(new PagedQueryValidator(ConstituentFilter.SortKeys.Keys));
        RuleFor(q => q.Village).MaximumLength(Constituent.VillageMaxLength).WithName("村（社区）");
        RuleFor(q => q.Kind).IsInEnum().WithErrorCode("KnownValue").WithName("类别");
        RuleFor(q => q.Search).MaximumLength(50).WithName("搜索词");
    }
}
