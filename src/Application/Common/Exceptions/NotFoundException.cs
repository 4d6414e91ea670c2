namespace DeputyPortal.Application.Common.Exceptions;

/// <summary>The record does not exist or lies outside the caller's scope; both are answered alike (404).</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource}“{key}”不存在或不在您的权限范围内。")
{
    public string Resource { get; } = resource;
}
