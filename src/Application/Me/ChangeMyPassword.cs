using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Users;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace DeputyPortal.Application.Me;

/// <summary>
/// 修改密码: the signed-in user replaces their own password, proving the current one (a wrong one counts towards the
/// lockout, like a failed sign-in). Every token and portal session of the account ends, this one included: the user
/// signs in again with the new password.
/// </summary>
[Authorize]
public sealed record ChangeMyPassword([property: Secret] string CurrentPassword, [property: Secret] string NewPassword) : ICommand<PasswordChange>
{
    public override string ToString() => nameof(ChangeMyPassword);
}

public sealed class ChangeMyPasswordValidator : AbstractValidator<ChangeMyPassword>
{
    public ChangeMyPasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("当前密码");
        RuleFor(c => c.NewPassword).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("新密码");
    }
}

/// <summary>
/// Whether the change was made. A wrong current password is an answer rather than an exception, so that the failed
/// attempt it counts towards the lockout is committed; <see cref="RefuseUnlessChanged"/> then makes it the 422.
/// </summary>
public sealed record PasswordChange(bool Changed)
{
    public void RefuseUnlessChanged()
    {
        if (!Changed)
        {
            throw new ValidationException([new ValidationFailure(nameof(ChangeMyPassword.CurrentPassword), "当前密码不正确。") { ErrorCode = "CurrentPasswordMatches" }]);
        }
    }
}

public sealed class ChangeMyPasswordHandler(IUserAccounts accounts, ICurrentUser user) : ICommandHandler<ChangeMyPassword, PasswordChange>
{
    public async ValueTask<PasswordChange> Handle(ChangeMyPassword command, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new ForbiddenException("请先登录。");
        return new PasswordChange(await accounts.ChangePasswordAsync(userId, command.CurrentPassword, command.NewPassword, cancellationToken));
    }
}
