using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Users.List;

[Authorize(Roles.Admin)]
public sealed record ListUserAccounts(
    string? Role = null,
    Guid? TownshipId = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<UserAccountDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortKeys = ["userName", "displayName"];
}

public sealed class ListUserAccountsValidator : AbstractValidator<ListUserAccounts>
{
    public ListUserAccountsValidator()
    {
        Include(new PagedQueryValidator(ListUserAccounts.SortKeys));
        RuleFor(q => q.Role)
            .Must(role => role is null || Roles.All.Contains(role))
            .WithErrorCode("KnownValue")
            .WithMessage("{PropertyName}的取值无效。")
            .WithName("角色");
        RuleFor(q => q.Search).MaximumLength(50).WithName("搜索词");
    }
}

public sealed class ListUserAccountsHandler(IUserAccounts accounts) : IQueryHandler<ListUserAccounts, PagedList<UserAccountDto>>
{
    public async ValueTask<PagedList<UserAccountDto>> Handle(ListUserAccounts query, CancellationToken cancellationToken) =>
        await accounts.ListAsync(query, cancellationToken);
}
