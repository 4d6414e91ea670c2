using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Users.Assignment;

/// <summary>
/// 变更角色或所属单位: gives an account another role, township, deputy record or handling unit, bound as
/// <see cref="AccountBindingValidator"/> says. The account's tokens and portal sessions end, so the next sign-in carries
/// the new authority and no old credential keeps the old one.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record ChangeUserAssignment(
    string Role,
    Guid? TownshipId = null,
    Guid? DeputyId = null,
    Guid? HandlingUnitId = null) : ICommand<UserAccountDto>, IAccountBinding
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class ChangeUserAssignmentValidator : AbstractValidator<ChangeUserAssignment>
{
    public ChangeUserAssignmentValidator(IAppDbContext db) => Include(new AccountBindingValidator(db));
}

public sealed class ChangeUserAssignmentHandler(IUserAccounts accounts, ICurrentUser user) : ICommandHandler<ChangeUserAssignment, UserAccountDto>
{
    public async ValueTask<UserAccountDto> Handle(ChangeUserAssignment command, CancellationToken cancellationToken)
    {
        Rule.RequireState(
            command.Id != user.UserId,
            "CannotChangeOwnAssignment",
            "不能变更自己账户的角色，否则可能无法再登录管理。");
        return await accounts.ChangeAssignmentAsync(command, cancellationToken);
    }
}
