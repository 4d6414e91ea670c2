using System.Text;
using System.Text.Json;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Persistence.Idempotency;

namespace DeputyPortal.Api.Http;

/// <summary>
/// Makes a create safe to retry: with an Idempotency-Key header, the first answer is stored in the create's own
/// transaction and replayed to every retry of the same request by the same user; the record is created once. The
/// request is recognised by its <see cref="RequestFingerprint"/> (keyed, secrets left out); the answer is stored as
/// that user was shown it (personal data written for them by the serializer; secret fields such as a new token left out) and is kept for
/// Idempotency:RetentionHours, after which the key counts as new.
/// </summary>
public sealed class IdempotentCreateFilter : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";
    private const int MaxKeyLength = 100;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        if (key.Length == 0)
        {
            return await next(context);
        }

        if (key.Length > MaxKeyLength)
        {
            throw new BadHttpRequestException($"{HeaderName} 不能超过{MaxKeyLength}个字符。");
        }

        var services = http.RequestServices;
        var userId = services.GetRequiredService<ICurrentUser>().UserId ?? throw new BadHttpRequestException("匿名请求不能使用 Idempotency-Key。");
        var fingerprint = services.GetRequiredService<RequestFingerprint>();
        var db = services.GetRequiredService<AppDbContext>();
        var store = services.GetRequiredService<IdempotencyStore>();
        var requestHash = fingerprint.Of(http.Request, context.Arguments);

        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        var earlier = await store.ClaimAsync(userId, key, requestHash, http.RequestAborted);
        if (earlier is not null)
        {
            return earlier.RequestHash == requestHash ? Replay(http, earlier) : throw new IdempotencyKeyReusedException();
        }

        var result = await next(context);
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        // Secrets in the answer (a new access token) are not kept: a replay answers without them.
        var body = result is IValueHttpResult { Value: { } value } ? JsonSerializer.Serialize(value, value.GetType(), fingerprint.JsonWithoutSecrets) : null;
        await store.CompleteAsync(
            userId, key, status, body, http.Response.Headers.Location.ToString(), http.Response.Headers.ETag.ToString(), http.RequestAborted);
        await transaction.CommitAsync(http.RequestAborted);
        return result;
    }

    private static IResult Replay(HttpContext http, IdempotencyRecord earlier)
    {
        if (!string.IsNullOrEmpty(earlier.Location))
        {
            http.Response.Headers.Location = earlier.Location;
        }

        if (!string.IsNullOrEmpty(earlier.ETag))
        {
            http.Response.Headers.ETag = earlier.ETag;
        }

        http.Response.Headers["Idempotent-Replayed"] = "true";
        return Results.Content(earlier.ResponseBody ?? string.Empty, "application/json", Encoding.UTF8, earlier.StatusCode);
    }
}
