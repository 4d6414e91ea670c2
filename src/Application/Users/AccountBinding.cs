using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Users;

/// <summary>What an account is bound to: its one role, and the township and record that role needs.</summary>
public interface IAccountBinding
{
    string Role { get; }

    Guid? TownshipId { get; }

    Guid? DeputyId { get; }

    Guid? HandlingUnitId { get; }
}

/// <summary>
/// Township-bound roles name their township; a deputy's and a presidium member's account names their deputy record,
/// a handling-unit officer's their unit, both in that township. County staff and administrators belong to no township.
/// </summary>
public sealed class AccountBindingValidator : AbstractValidator<IAccountBinding>
{
    public AccountBindingValidator(IAppDbContext db)
    {
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
