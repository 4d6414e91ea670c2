using DeputyPortal.Api.Http;
using DeputyPortal.Application.Terms.Create;
using DeputyPortal.Application.Terms.Get;
using DeputyPortal.Application.Terms.List;
using DeputyPortal.Application.Terms.Reschedule;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class TermsEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var terms = api.MapGroup("/terms").WithTags("届 Terms");

        terms.MapGet("/", async ([AsParameters] ListTerms query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        terms.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(new GetTerm(id), ct)));

        terms.MapPost("/", async (CreateTerm command, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var term = await sender.Send(command, ct);
            return ApiResults.Created(http, $"/api/v1/terms/{term.Id}", term);
        }).WithIdempotency();

        terms.MapPut("/{id:guid}", async (Guid id, RescheduleTerm command, HttpContext http, ISender sender, CancellationToken ct) =>
            ApiResults.Ok(http, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(http.Request) }, ct)));
    }
}
