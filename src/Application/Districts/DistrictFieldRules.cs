using DeputyPortal.Application.Common.Validation;
using FluentValidation;

namespace DeputyPortal.Application.Districts;

/// <summary>The fields a secretary enters for a district, checked alike on creation and update.</summary>
public interface IDistrictFields
{
    string Name { get; }

    int VoterCount { get; }

    int Seats { get; }
}

/// <summary>The name only: seats (R9) and a non-negative voter count are the domain's rules, named as such.</summary>
public sealed class DistrictFieldsValidator : AbstractValidator<IDistrictFields>
{
    public const int NameMaxLength = 50;

    public DistrictFieldsValidator() => RuleFor(d => d.Name).RequiredText(NameMaxLength).WithName("选区名称");
}
