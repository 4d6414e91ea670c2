using FluentValidation;

namespace DeputyPortal.Application.Terms;

/// <summary>The dates of a term, checked alike on creation and rescheduling; their order is the domain's rule.</summary>
public interface ITermDates
{
    DateOnly StartsOn { get; }

    DateOnly EndsOn { get; }

    DateOnly? ElectedOn { get; }
}

public sealed class TermDatesValidator : AbstractValidator<ITermDates>
{
    public TermDatesValidator()
    {
        RuleFor(t => t.StartsOn).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("开始日期");
        RuleFor(t => t.EndsOn).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("结束日期");
    }
}
