using DeputyPortal.Api.Http;
using DeputyPortal.Application.Contacts.DraftProposal;
using DeputyPortal.Application.Contacts.Get;
using DeputyPortal.Application.Contacts.Ledger;
using DeputyPortal.Application.Contacts.List;
using DeputyPortal.Application.Contacts.Log;
using DeputyPortal.Application.Contacts.Remove;
using DeputyPortal.Application.Contacts.Revise;
using DeputyPortal.Application.Imports;
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

        // A literal segment: it never matches /{id:guid}, which only takes a GUID.
        contacts.MapGet("/ledger.xlsx", async ([AsParameters] GetContactLedger query, ISender sender, CancellationToken ct) =>
        {
            var file = await sender.Send(query, ct);
            return TypedResults.File(file.Content, SpreadsheetFile.ContentType, file.FileName);
        });

        contacts.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetConstituentContact(id), ct)));

        contacts.MapPost("/", async (LogConstituentContact command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var contact = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/constituent-contacts/{contact.Id}", contact);
        }).WithIdempotency();

        contacts.MapPut("/{id:guid}", async (Guid id, ReviseConstituentContact command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));

        contacts.MapDelete("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new RemoveConstituentContact(id) { ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct);
            return TypedResults.NoContent();
        });

        contacts.MapPost("/{id:guid}/concerns/{concernId:guid}/proposal", async (
            Guid id, Guid concernId, DraftProposalFromConcern command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var proposal = await sender.Send(command with { ContactId = id, ConcernId = concernId }, ct);
            return ApiResults.Created(http, $"/api/v1/proposals/{proposal.Id}", proposal);
        }).WithIdempotency();

        api.MapGroup("/me").WithTags("当前用户 Me")
            .MapGet("/constituent-contacts", async ([AsParameters] ListMyConstituentContacts query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)));
    }
}
