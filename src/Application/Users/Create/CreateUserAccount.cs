using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Users.Create;

/// <summary>Opens a portal account with one role, bound as <see cref="AccountBindingValidator"/> says.</summary>
[Authorize(Roles.Admin)]
public sealed record CreateUserAccount(
    string UserName,
    string DisplayName,
    [property: Secret] string Password,
    string Role,
    Guid? TownshipId = null,
    Guid? DeputyId = null,
    Guid? HandlingUnitId = null) : ICommand<UserAccountDto>, IAccountBinding
{
    /// <summary>The characters ASP.NET Core Identity accepts in a user name by default.</summary>
    public const string UserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";

    public override string ToString() => $"{nameof(CreateUserAccount)} {{ UserName = {UserName}, Role = {Role} }}";
}

public sealed class CreateUserAccountValidator : AbstractValidator<CreateUserAccount>
{
    public CreateUserAccountValidator(IAppDbContext db)
    {
        RuleFor(c => c.UserName).Cascade(CascadeMode.Stop).RequiredText(50).WithName("用户名")
            .Must(name => name.All(CreateUserAccount.UserNameCharacters.Contains))
            .WithErrorCode("UserNameCharacters")
            .WithMessage("{PropertyName}只能包含英文字母、数字和 - . _ @ +。");
        RuleFor(c => c.DisplayName).RequiredText(50).WithName("姓名");
        RuleFor(c => c.Password).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("密码");
        Include(new AccountBindingValidator(db));
    }
}

public sealed class CreateUserAccountHandler(IUserAccounts accounts) : ICommandHandler<CreateUserAccount, UserAccountDto>
{
    public async ValueTask<UserAccountDto> Handle(CreateUserAccount command, CancellationToken cancellationToken) =>
        await accounts.CreateAsync(command with { UserName = command.UserName.Trim(), DisplayName = command.DisplayName.Trim() }, cancellationToken);
}
