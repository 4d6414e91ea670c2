using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Contacts.DraftProposal;

/// <summary>
/// Turns a concern raised in a contact into a draft proposal (反映问题转建议). The contact's deputy leads it (a deputy
/// converts their own entries; a secretary any of the township's); its content is the concern with the contact's
/// summary; the proposal and the concern point at each other, and a concern becomes one proposal at most.
/// Term defaults to the contact's, kind to a suggestion.
/// </summary>
[Authorize(Roles.Deputy, Roles.TownshipSecretary)]
public sealed record DraftProposalFromConcern(
    string Title,
    string Category,
    Guid? TermId = null,
    Guid? SessionId = null,
    ProposalKind? Kind = null,
    IReadOnlyList<Guid>? CoSignerDeputyIds = null) : ICommand<ProposalDto>
{
    [JsonIgnore]
    public Guid ContactId { get; init; }

    [JsonIgnore]
    public Guid ConcernId { get; init; }
}

public sealed class DraftProposalFromConcernValidator : AbstractValidator<DraftProposalFromConcern>
{
    public DraftProposalFromConcernValidator()
    {
        RuleFor(c => c.Kind!.Value).KnownValue().OverridePropertyName(nameof(DraftProposalFromConcern.Kind)).WithName("类型")
            .When(c => c.Kind is not null);
        RuleFor(c => c.Title).RequiredText(Proposal.TitleMaxLength).WithName("标题");
        RuleFor(c => c.Category).RequiredText(Proposal.CategoryMaxLength).WithName("类别");
        RuleFor(c => c.CoSignerDeputyIds!.Count).LessThanOrEqualTo(ProposalDraftFieldsValidator.MaxCoSigners)
            .OverridePropertyName(nameof(DraftProposalFromConcern.CoSignerDeputyIds)).WithName("附议代表")
            .When(c => c.CoSignerDeputyIds is not null);
    }
}

public sealed class DraftProposalFromConcernHandler(IAppDbContext db, ProposalWorkflow workflow)
    : ICommandHandler<DraftProposalFromConcern, ProposalDto>
{
    public async ValueTask<ProposalDto> Handle(DraftProposalFromConcern command, CancellationToken cancellationToken)
    {
        // Out of the caller's scope (another deputy's entry, another township) is simply not found. The contact is
        // changed (its concern links the proposal) with no If-Match: the row lock makes a second draft from the same
        // concern wait and then find it already linked.
        var contact = await db.LoadForChangeAsync<ConstituentContact>(command.ContactId, null, ContactReading.Resource, cancellationToken);
        var concern = contact.Concerns.FirstOrDefault(c => c.Id == command.ConcernId)
            ?? throw new NotFoundException("反映问题", command.ConcernId);

        var term = await db.Terms.GetAsync(command.TermId ?? contact.TermId, "届", cancellationToken);
        var session = await db.LoadSessionAsync(command.SessionId, cancellationToken);
        var lead = await db.LoadLeadAsync(contact.DeputyId, term, cancellationToken);
        var coSigners = await db.LoadCoSignersAsync(command.CoSignerDeputyIds, cancellationToken);
        var rules = await db.ProposalRulesForAsync(term.TownshipId, cancellationToken);

        var text = new ProposalText(command.Title.Trim(), ContentOf(contact, concern), command.Category.Trim());
        var proposal = Proposal.Draft(
            term, session, command.Kind ?? ProposalKind.Suggestion, text, lead, coSigners, rules, workflow.Step(), sourceConcernId: concern.Id);
        db.Proposals.Add(proposal);
        contact.LinkConcernToProposal(concern.Id, proposal.Id);
        return await workflow.SaveAsync(proposal, cancellationToken);
    }

    /// <summary>The concern as the deputy heard it, followed by where and when it was raised and the contact's summary.</summary>
    internal static string ContentOf(ConstituentContact contact, ContactConcern concern) =>
        $"{concern.Text}\n\n（来源：{contact.ContactedOn:yyyy-MM-dd}{contact.Channel.Label()}联系选民记录。联系情况：{contact.Summary}）";
}
