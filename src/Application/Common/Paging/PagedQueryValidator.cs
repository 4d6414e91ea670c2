using FluentValidation;

namespace DeputyPortal.Application.Common.Paging;

/// <summary>The paging rules every list query shares; list validators include it.</summary>
public sealed class PagedQueryValidator : AbstractValidator<IPagedQuery>
{
    public PagedQueryValidator(IEnumerable<string> sortKeys)
    {
        var keys = sortKeys.ToList();
        RuleFor(q => q.Page).InclusiveBetween(1, Paging.MaxPage).WithErrorCode("PageInRange").WithName("页码");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithErrorCode("PageSizeInRange").WithName("每页条数");
        RuleFor(q => q.Sort).KnownSortKey(keys);
    }
}

public static class SortKeyRules
{
    /// <summary>The sort of a list or a ledger: one of its keys, "-" in front for descending, or nothing for the default.</summary>
    public static IRuleBuilderOptions<T, string?> KnownSortKey<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> sortKeys)
    {
        var keys = sortKeys.ToList();
        return rule
            .Must(s => string.IsNullOrEmpty(s) || keys.Contains(SortMap.KeyOf(s), StringComparer.OrdinalIgnoreCase))
            .WithName("排序字段")
            .WithErrorCode("SortKeyIsKnown")
            .WithMessage($"排序字段只能是：{string.Join(", ", keys)}（前加 - 表示倒序）。");
    }
}
