using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Townships;
using FluentValidation;

namespace DeputyPortal.Application.Townships;

/// <summary>The fields an administrator enters for a township, checked alike on creation and update.</summary>
public interface ITownshipFields
{
    string Code { get; }

    string Name { get; }

    string County { get; }
}

/// <summary>
/// Presence and length only; the code's shape (12 digits) is the domain's rule TownshipCodeIsTwelveDigits,
/// so a wrong code is refused under that one name however it is wrong.
/// </summary>
public sealed class TownshipFieldsValidator : AbstractValidator<ITownshipFields>
{
    public TownshipFieldsValidator()
    {
        RuleFor(t => t.Code).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("乡镇代码");
        RuleFor(t => t.Name).RequiredText(Township.NameMaxLength).WithName("乡镇名称");
        RuleFor(t => t.County).RequiredText(Township.NameMaxLength).WithName("所属县（市、区）");
    }
}
