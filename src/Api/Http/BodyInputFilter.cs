using DeputyPortal.Application.Common.Validation;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.Metadata;

namespace DeputyPortal.Api.Http;

/// <summary>
/// Applies <see cref="MessageInputCheck"/> to a JSON body that is not itself a request (the sign-in body of
/// /auth/token, a body an endpoint turns into a request): the validation behaviour checks every request, this
/// checks the other bodies, so none reaches a handler or the database unchecked.
/// </summary>
public sealed class BodyInputFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var bodyType = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        if (bodyType is null || bodyType.IsAssignableTo(typeof(IMessage)))
        {
            return next(context);
        }

        var failures = context.Arguments
            .Where(a => a is not null && a.GetType() == bodyType)
            .SelectMany(a => MessageInputCheck.Check(a!))
            .ToList();
        return failures.Count > 0 ? throw new ValidationException(failures) : next(context);
    }
}
