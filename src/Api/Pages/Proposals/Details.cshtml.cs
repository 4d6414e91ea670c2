using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Get;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Proposals;

/// <summary>One proposal: what it asks, where it stands, and every step of its handling.</summary>
[PortalPage(typeof(GetProposal))]
public sealed class DetailsModel(ISender sender) : PageModel
{
    public ProposalDto Proposal { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Proposal = await sender.Send(new GetProposal(id), ct);
}
