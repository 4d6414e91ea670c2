using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Proposals;

/// <summary>What a deputy writes in a draft, shared by drafting and editing.</summary>
public interface IProposalDraftFields
{
    Guid? SessionId { get; }

    ProposalKind Kind { get; }

    string Title { get; }

    string Content { get; }

    string Category { get; }

    IReadOnlyList<Guid>? CoSignerDeputyIds { get; }
}

public sealed class ProposalDraftFieldsValidator : AbstractValidator<IProposalDraftFields>
{
    public const int MaxCoSigners = 100;

    public ProposalDraftFieldsValidator()
    {
        RuleFor(p => p.Kind).KnownValue().WithName("类型");
        RuleFor(p => p.Title).RequiredText(Proposal.TitleMaxLength).WithName("标题");
        RuleFor(p => p.Content).RequiredText(Proposal.ContentMaxLength).WithName("内容");
        RuleFor(p => p.Category).RequiredText(Proposal.CategoryMaxLength).WithName("类别");
        RuleFor(p => p.CoSignerDeputyIds!.Count).LessThanOrEqualTo(MaxCoSigners)
            .OverridePropertyName(nameof(IProposalDraftFields.CoSignerDeputyIds)).WithName("附议代表")
            .When(p => p.CoSignerDeputyIds is not null);
    }
}

internal static class ProposalDraftLoading
{
    public static ProposalText TextOf(IProposalDraftFields fields) => new(fields.Title.Trim(), fields.Content.Trim(), fields.Category.Trim());

    public static async Task<CongressSession?> LoadSessionAsync(this IAppDbContext db, Guid? sessionId, CancellationToken ct) =>
        sessionId is null ? null : await db.CongressSessions.GetAsync(sessionId.Value, "会议", ct);

    /// <summary>The co-signers the caller may see; an id of another township is refused by the rule it breaks.</summary>
    public static async Task<IReadOnlyCollection<Deputy>> LoadCoSignersAsync(this IAppDbContext db, IReadOnlyList<Guid>? ids, CancellationToken ct)
    {
        var wanted = ids ?? [];
        var found = await db.Deputies.Where(d => wanted.Contains(d.Id)).ToListAsync(ct);
        Rule.Require(
            wanted.Distinct().All(id => found.Any(d => d.Id == id)),
            "CoSignersOfTownshipAndTerm",
            "附议代表必须是本届本乡镇在任的代表。",
            "coSignerDeputyIds");
        return wanted.Select(id => found.First(d => d.Id == id)).ToList();
    }

    public static async Task<Deputy> LoadLeadAsync(this IAppDbContext db, Guid leadId, Term term, CancellationToken ct) =>
        await db.Deputies.FirstOrDefaultAsync(d => d.Id == leadId, ct)
        ?? throw new DomainRuleException("LeadDeputyOfTownshipAndTerm", "领衔代表必须是本届本乡镇在任的代表。", RuleViolationKind.InvalidRequest, "leadDeputyId");
}
