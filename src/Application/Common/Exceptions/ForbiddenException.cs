namespace DeputyPortal.Application.Common.Exceptions;

/// <summary>The caller's role may not perform this kind of request at all (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
