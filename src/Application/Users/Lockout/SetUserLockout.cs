using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using Mediator;

namespace DeputyPortal.Application.Users.Lockout;

/// <summary>锁定 / 解锁: a locked account cannot sign in or get a token until an administrator unlocks it.</summary>
[Authorize(Roles.Admin)]
public sealed record SetUserLockout(Guid Id, bool Locked) : ICommand<UserAccountDto>;

public sealed class SetUserLockoutHandler(IUserAccounts accounts, ICurrentUser user) : ICommandHandler<SetUserLockout, UserAccountDto>
{
    public async ValueTask<UserAccountDto> Handle(SetUserLockout command, CancellationToken cancellationToken)
    {
        Rule.RequireState(
            !command.Locked || command.Id != user.UserId,
            "CannotLockOwnAccount",
            "不能锁定自己的账户，否则将无法再登录管理。");
        return await accounts.SetLockedAsync(command.Id, command.Locked, cancellationToken);
    }
}
