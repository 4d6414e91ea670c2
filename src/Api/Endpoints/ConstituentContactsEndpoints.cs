using DeputyPortal.Api.Http;
using DeputyPortal.Application.Contacts.DraftProposal;
using DeputyPortal.Application.Contacts.Get;
using DeputyPortal.Application.Contacts.List;
using DeputyPortal.Application.Contacts.Log;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>The contact ledger (联系选民记录) and turning a concern raised there into a draft proposal.</summary>
public sealed class ConstituentContactsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/constituent-contacts").WithTags("联系选民 ConstituentContacts");

        contacts.MapGet("/", async ([AsParameters] ListConstituentContacts query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        contacts.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetConstituentContact(id), ct)));

        contacts.MapPost("/", async (LogConstituentContact command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var contact = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/constituent-contacts/{contact.Id}", contact);
        }).WithIdempotency();

        contacts.MapPost("/{id:guid}/concerns/{concernId:guid}/proposal", async (
            Guid id, Guid concernId, DraftProposalFromConcern command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var proposal = await sender.Send(command with { ContactId = id, ConcernId = concernId }, ct);
            return ApiResults.Created(http, $"/api/v1/proposals/{proposal.Id}", proposal);
        }).WithIdempotency();
    }
}
