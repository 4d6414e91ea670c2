using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Deputies;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Deputies.Terminate;

/// <summary>
/// 资格终止: a deputy is never deleted (proposals, contacts and reviews keep referring to them); the mandate ends
/// on a date within the term, with the reason recorded.
/// </summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record TerminateDeputyMandate(DateOnly TerminatedOn, string Reason) : ICommand<DeputyDto>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class TerminateDeputyMandateValidator : AbstractValidator<TerminateDeputyMandate>
{
    public TerminateDeputyMandateValidator()
    {
        RuleFor(c => c.TerminatedOn).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("资格终止日期");
        RuleFor(c => c.Reason).RequiredText(Deputy.TerminationReasonMaxLength).WithName("终止原因");
    }
}

public sealed class TerminateDeputyMandateHandler(IAppDbContext db) : ICommandHandler<TerminateDeputyMandate, DeputyDto>
{
    public async ValueTask<DeputyDto> Handle(TerminateDeputyMandate command, CancellationToken cancellationToken)
    {
        var deputy = await db.LoadForChangeAsync<Deputy>(command.Id, command.ExpectedVersion, "代表", cancellationToken);
        var term = await db.Terms.GetAsync(deputy.TermId, "届", cancellationToken);
        deputy.TerminateMandate(command.TerminatedOn, command.Reason, term.Period);
        await db.SaveChangesAsync(cancellationToken);
        return deputy.ToDto();
    }
}
