using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Constituents;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Constituents.Reassign;

/// <summary>Hands a constituent to another serving deputy of the same township (e.g. when a mandate ends).</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record ReassignConstituent(Guid Id, Guid DeputyId) : ICommand<ConstituentDto>, IVersionedCommand
{
    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ReassignConstituentValidator : AbstractValidator<ReassignConstituent>
{
    public ReassignConstituentValidator() => RuleFor(c => c.DeputyId).RequiredId().WithName("联系代表");
}

public sealed class ReassignConstituentHandler(IAppDbContext db) : ICommandHandler<ReassignConstituent, ConstituentDto>
{
    public async ValueTask<ConstituentDto> Handle(ReassignConstituent command, CancellationToken cancellationToken)
    {
        var constituent = await db.LoadForChangeAsync<Constituent>(command.Id, command.ExpectedVersion, "选民", cancellationToken);
        var deputy = await db.Deputies.GetAsync(command.DeputyId, "代表", cancellationToken);
        constituent.Reassign(deputy);
        await db.SaveChangesAsync(cancellationToken);
        return constituent.ToDto();
    }
}
