using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.HandlingUnits;
using FluentValidation;

namespace DeputyPortal.Application.HandlingUnits;

/// <summary>The fields a secretary enters for a handling unit, checked alike on registration and update.</summary>
public interface IHandlingUnitFields
{
    string Name { get; }

    HandlingUnitKind Kind { get; }

    string? HeadName { get; }
}

public sealed class HandlingUnitFieldsValidator : AbstractValidator<IHandlingUnitFields>
{
    public HandlingUnitFieldsValidator()
    {
        RuleFor(u => u.Name).RequiredText(HandlingUnit.NameMaxLength).WithName("单位名称");
        RuleFor(u => u.Kind).KnownValue().WithName("单位类别");
        RuleFor(u => u.HeadName).OptionalText(20).WithName("单位负责人");
    }
}
