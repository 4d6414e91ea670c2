using FluentValidation;

namespace DeputyPortal.Application.Common.Paging;

/// <summary>The paging rules every list query shares; list validators include it.</summary>
public sealed class PagedQueryValidator : AbstractValidator<IPagedQuery>
{
    public PagedQueryValidator(IEnumerable<string> sortKeys)
    {
        var keys = sortKeys.ToList();
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithName("页码");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithName("每页条数");
        RuleFor(q => q.Sort)
            .Must(s => string.IsNullOrEmpty(s) || keys.Contains(s.TrimStart('-'), StringComparer.OrdinalIgnoreCase))
            .WithName("排序字段")
            .WithErrorCode("SortKeyIsKnown")
            .WithMessage($"排序字段只能是：{string.Join(", ", keys)}（前加 - 表示倒序）。");
    }
}
