namespace DeputyPortal.Api.Http;

/// <summary>A change was sent without If-Match (428): clients must say which version they are changing.</summary>
public sealed class PreconditionRequiredException()
    : Exception("修改记录时必须在 If-Match 请求头中带上读取时得到的 ETag。");

/// <summary>An Idempotency-Key was sent again with a different request body.</summary>
public sealed class IdempotencyKeyReusedException()
    : Exception("该 Idempotency-Key 已用于内容不同的另一个请求；新的请求请使用新的键。");
