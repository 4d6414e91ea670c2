using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Security;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Users.Password;

/// <summary>
/// 重置密码: an administrator sets a new password for an account (a forgotten one, or one that may be known to others).
/// Every token and portal session the account already holds ends with it.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record ResetUserPassword([property: Secret] string NewPassword) : ICommand<UserAccountDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public override string ToString() => $"{nameof(ResetUserPassword)} {{ Id = {Id} }}";
}

public sealed class ResetUserPasswordValidator : AbstractValidator<ResetUserPassword>
{
    public ResetUserPasswordValidator() =>
        RuleFor(c => c.NewPassword).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("新密码");
}

public sealed class ResetUserPasswordHandler(IUserAccounts accounts) : ICommandHandler<ResetUserPassword, UserAccountDto>
{
    public async ValueTask<UserAccountDto> Handle(ResetUserPassword command, CancellationToken cancellationToken) =>
        await accounts.ResetPasswordAsync(command.Id, command.NewPassword, cancellationToken);
}
