using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Users.Create;

/// <summary>
/// Opens a portal account with one role. Township-bound roles name their township; a deputy's and a presidium
/// member's account names their deputy record, a handling-unit officer's their unit, both in that township.
/// County staff and administrators belong to no township.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record CreateUserAccount(
    string UserName,
    string DisplayName,
    [property: Secret] string Password,
    string Role,
    Guid? TownshipId = null,
    Guid? DeputyId = null,
    Guid? HandlingUnitId = null) : ICommand<UserAccountDto>
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
        RuleFor(c => c.Role)
            .Must(role => Roles.All.Contains(role))
            .WithErrorCode("KnownValue")
            .WithMessage($"{{PropertyName}}只能是：{string.Join(", ", Roles.All)}。")
            .WithName("角色");

        When(c => c.Role is not null && Roles.IsTownshipBound(c.Role), () =>
        {
            RuleFor(c => c.TownshipId).Cascade(CascadeMode.Stop)
                .NotNull().WithErrorCode("Required").WithMessage("该角色必须指定所属乡镇。").WithName("乡镇")
                .MustAsync(async (id, ct) => await db.Townships.AnyAsync(t => t.Id == id, ct))
                .WithErrorCode("TownshipExists").WithMessage("乡镇不存在。");
        }).Otherwise(() =>
            RuleFor(c => c.TownshipId).Null().WithErrorCode("NotAllowedForRole").WithMessage("县人大常委会工作人员和系统管理员不属于任何乡镇。").WithName("乡镇"));

        When(c => c.Role is Roles.Deputy or Roles.PresidiumMember, () =>
            RuleFor(c => c.DeputyId).Cascade(CascadeMode.Stop)
                .NotNull().WithErrorCode("Required").WithMessage("代表和主席团成员的账户必须指定对应的代表。").WithName("代表")
                .MustAsync(async (command, id, ct) => await db.Deputies.AnyAsync(d => d.Id == id && d.TownshipId == command.TownshipId, ct))
                .When(c => c.TownshipId is not null, ApplyConditionTo.CurrentValidator)
                .WithErrorCode("DeputyInTownship").WithMessage("所选代表不属于该乡镇。"))
        .Otherwise(() =>
            RuleFor(c => c.DeputyId).Null().WithErrorCode("NotAllowedForRole").WithMessage("只有代表和主席团成员的账户对应代表。").WithName("代表"));

        When(c => c.Role is Roles.HandlingUnitOfficer, () =>
            RuleFor(c => c.HandlingUnitId).Cascade(CascadeMode.Stop)
                .NotNull().WithErrorCode("Required").WithMessage("承办单位经办人的账户必须指定承办单位。").WithName("承办单位")
                .MustAsync(async (command, id, ct) => await db.HandlingUnits.AnyAsync(u => u.Id == id && u.TownshipId == command.TownshipId, ct))
                .When(c => c.TownshipId is not null, ApplyConditionTo.CurrentValidator)
                .WithErrorCode("HandlingUnitInTownship").WithMessage("所选承办单位不属于该乡镇。"))
        .Otherwise(() =>
            RuleFor(c => c.HandlingUnitId).Null().WithErrorCode("NotAllowedForRole").WithMessage("只有承办单位经办人的账户对应承办单位。").WithName("承办单位"));
    }
}

public sealed class CreateUserAccountHandler(IUserAccounts accounts) : ICommandHandler<CreateUserAccount, UserAccountDto>
{
    public async ValueTask<UserAccountDto> Handle(CreateUserAccount command, CancellationToken cancellationToken) =>
        await accounts.CreateAsync(command with { UserName = command.UserName.Trim(), DisplayName = command.DisplayName.Trim() }, cancellationToken);
}
