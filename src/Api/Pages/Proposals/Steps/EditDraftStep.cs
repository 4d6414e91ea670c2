using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Edit;
using DeputyPortal.Domain.Proposals;
using Mediator;

namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>修改草稿: the text, kind and category; the session and co-signers stay as the page showed them.</summary>
public sealed class EditDraftStep : IProposalStepInput
{
    public ProposalKind Kind { get; set; }

    public string? Title { get; set; }

    public string? Content { get; set; }

    public string? Category { get; set; }

    public Guid? SessionId { get; set; }

    public List<Guid> CoSignerDeputyIds { get; set; } = [];

    public static EditDraftStep From(ProposalDto p) => new()
    {
        Kind = p.Kind, Title = p.Title, Content = p.Content, Category = p.Category, SessionId = p.SessionId, CoSignerDeputyIds = [.. p.CoSignerDeputyIds],
    };

    public ICommand<ProposalDto> ToCommand(Guid id, uint version) =>
        new EditProposalDraft(Kind, Title ?? string.Empty, Content ?? string.Empty, Category ?? string.Empty, SessionId, CoSignerDeputyIds)
        {
            Id = id, ExpectedVersion = version,
        };
}
