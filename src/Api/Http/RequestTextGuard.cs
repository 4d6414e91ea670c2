using DeputyPortal.Application.Common.Validation;

namespace DeputyPortal.Api.Http;

/// <summary>
/// Applies the text rule of <see cref="InputRules"/> to the parts of a request that are read before, or besides,
/// any JSON body: query parameters, header values (Idempotency-Key, If-Match, Authorization …) and the fields of a
/// URL-encoded portal form (the sign-in form among them). A violation is 422 naming the parameter, before
/// authentication or any handler reads it. JSON bodies are checked as requests, by the validation behaviour.
/// </summary>
public sealed class RequestTextGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var failures = new List<FieldError>();
        var request = context.Request;
        foreach (var (name, values) in request.Query)
        {
            Check(name, name, failures);
            foreach (var value in values)
            {
                Check(name, value, failures);
            }
        }

        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                Check(name, value, failures);
            }
        }

        if (request.HasFormContentType && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            foreach (var (name, values) in await request.ReadFormAsync(context.RequestAborted))
            {
                Check(name, name, failures);
                foreach (var value in values)
                {
                    Check(name, value, failures);
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new RequestPartsRefusedException(failures);
        }

        await next(context);
    }

    private static void Check(string name, string? value, List<FieldError> failures)
    {
        if (InputRules.HasControlCharacter(value) && failures.All(f => f.Field != name))
        {
            failures.Add(new FieldError(name, InputRules.NoControlCharactersRule, InputRules.NoControlCharactersMessage));
        }
    }
}

/// <summary>A query parameter, header or form field broke a rule; each is named as the client sent it.</summary>
public sealed class RequestPartsRefusedException(IReadOnlyList<FieldError> errors) : Exception("请求参数未通过校验。")
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
