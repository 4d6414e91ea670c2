namespace DeputyPortal.Application.Common.Exceptions;

/// <summary>The caller changed a record from an outdated copy (If-Match does not match the current ETag): 412.</summary>
public sealed class StaleVersionException(string resource)
    : Exception($"{resource}已被他人修改，请刷新后重试。");
