using DeputyPortal.Application.Common.Validation;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Common.Behaviors;

/// <summary>
/// Checks the rules every input shares (<see cref="MessageInputCheck"/>) and every validator of the request, and
/// refuses it with all failures at once (422), each field and rule named once.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>(MessageInputCheck.Check(message));
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures.DistinctBy(f => (f.PropertyName, f.ErrorCode)).ToList());
        }

        return await next(message, cancellationToken);
    }
}
