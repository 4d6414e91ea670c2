using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using FluentValidation;
using DeputyPortal.Domain.Proposals;
using Mediator;

namespace DeputyPortal.Application.Proposals.Edit;

/// <summary>Rewrites a draft: kind, session, text, category and co-signers. The lead deputy stays.</summary>
[Authorize(Roles.Deputy, Roles.TownshipSecretary)]
public sealed record EditProposalDraft(
    ProposalKind Kind,
    string Title,
    string Content,
    string Category,
    Guid? SessionId = null,
    IReadOnlyList<Guid>? CoSignerDeputyIds = null) : ICommand<ProposalDto>, IProposalDraftFields, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class EditProposalDraftValidator : AbstractValidator<EditProposalDraft>
{
    public EditProposalDraftValidator() => Include(new ProposalDraftFieldsValidator());
}

public sealed class EditProposalDraftHandler(IAppDbContext db, ProposalWorkflow workflow) : ICommandHandler<EditProposalDraft, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(EditProposalDraft command, CancellationToken cancellationToken)
    {
        var proposal = await workflow.LoadForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        workflow.RequireLeadDeputyOrSecretary(proposal);
        var term = await db.Terms.GetAsync(proposal.TermId, "届", cancellationToken);
        var session = await db.LoadSessionAsync(command.SessionId, cancellationToken);
        var lead = await db.LoadLeadAsync(proposal.LeadDeputyId, term, cancellationToken);
        var coSigners = await db.LoadCoSignersAsync(command.CoSignerDeputyIds, cancellationToken);

        proposal.EditDraft(
            term, session, command.Kind, ProposalDraftLoading.TextOf(command), lead, coSigners,
            await workflow.RulesAsync(proposal, cancellationToken), workflow.Step());
        return await workflow.SaveAsync(proposal, cancellationToken);
    }
}
