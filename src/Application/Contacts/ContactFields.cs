using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Contacts;
using FluentValidation;

namespace DeputyPortal.Application.Contacts;

/// <summary>What a deputy writes down about a contact, the same when logging and when correcting an entry.</summary>
public interface IContactFields
{
    DateOnly ContactedOn { get; }

    ContactChannel Channel { get; }

    IReadOnlyList<Guid>? ConstituentIds { get; }

    string? OtherPerson { get; }

    string Summary { get; }

    IReadOnlyList<string>? Concerns { get; }
}

public sealed class ContactFieldsValidator : AbstractValidator<IContactFields>
{
    public ContactFieldsValidator()
    {
        RuleFor(c => c.ContactedOn).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("联系日期");
        RuleFor(c => c.Channel).KnownValue().WithName("联系方式");
        RuleFor(c => c.Summary).RequiredText(ConstituentContact.SummaryMaxLength).WithName("联系情况");
        RuleFor(c => c.OtherPerson).OptionalText(ConstituentContact.PersonMaxLength).WithName("联系人");
        RuleFor(c => c.ConstituentIds!.Count).LessThanOrEqualTo(ConstituentContact.MaxConstituents)
            .OverridePropertyName(nameof(IContactFields.ConstituentIds)).WithName("联系选民")
            .WithErrorCode("ConstituentsWithinLimit").WithMessage($"{{PropertyName}}最多{ConstituentContact.MaxConstituents}人。")
            .When(c => c.ConstituentIds is not null);
        RuleFor(c => c.Concerns!.Count).LessThanOrEqualTo(ConstituentContact.MaxConcerns)
            .OverridePropertyName(nameof(IContactFields.Concerns)).WithName("反映问题")
            .WithErrorCode("ConcernsWithinLimit").WithMessage($"{{PropertyName}}最多{ConstituentContact.MaxConcerns}项。")
            .When(c => c.Concerns is not null);
        RuleForEach(c => c.Concerns).RequiredText(ContactConcern.TextMaxLength).WithName("反映问题");
    }
}
