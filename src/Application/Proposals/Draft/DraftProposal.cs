using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Proposals.Draft;

/// <summary>
/// Drafts a proposal. A deputy drafts their own (the lead is the caller); a secretary drafts on behalf of a deputy of
/// the township, e.g. when logging proposals handed in at a session.
/// </summary>
[Authorize(Roles.Deputy, Roles.TownshipSecretary)]
public sealed record DraftProposal(
    Guid TermId,
    ProposalKind Kind,
    string Title,
    string Content,
    string Category,
    Guid? SessionId = null,
    Guid? LeadDeputyId = null,
    IReadOnlyList<Guid>? CoSignerDeputyIds = null) : ICommand<ProposalDto>, IProposalDraftFields;

public sealed class DraftProposalValidator : AbstractValidator<DraftProposal>
{
    public DraftProposalValidator()
    {
        RuleFor(c => c.TermId).RequiredId().WithName("届");
        Include(new ProposalDraftFieldsValidator());
    }
}

public sealed class DraftProposalHandler(IAppDbContext db, ICurrentUser user, ProposalWorkflow workflow) : ICommandHandler<DraftProposal, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(DraftProposal command, CancellationToken cancellationToken)
    {
        var term = await db.Terms.GetAsync(command.TermId, "届", cancellationToken);
        var session = await db.LoadSessionAsync(command.SessionId, cancellationToken);
        var lead = await db.LoadLeadAsync(LeadOf(command), term, cancellationToken);
        var coSigners = await db.LoadCoSignersAsync(command.CoSignerDeputyIds, cancellationToken);
        var rules = await db.ProposalRulesForAsync(term.TownshipId, cancellationToken);

        var proposal = Proposal.Draft(
            term, session, command.Kind, ProposalDraftLoading.TextOf(command), lead, coSigners, rules, workflow.Step());
        db.Proposals.Add(proposal);
        return await workflow.SaveAsync(proposal, cancellationToken);
    }

    private Guid LeadOf(DraftProposal command)
    {
        if (user.Role == Roles.Deputy)
        {
            Rule.RequireActor(
                command.LeadDeputyId is null || command.LeadDeputyId == user.DeputyId,
                "DeputiesDraftTheirOwn",
                "代表只能以本人为领衔代表起草建议。");
            return user.DeputyId!.Value;
        }

        Rule.Require(command.LeadDeputyId is not null, "LeadDeputyRequired", "请选择领衔代表。", "leadDeputyId");
        return command.LeadDeputyId!.Value;
    }
}
