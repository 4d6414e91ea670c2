namespace DeputyPortal.Application.Common.Security;

/// <summary>
/// A request field that is a secret (a password, a token): nothing keeps it after the request. The idempotency
/// store fingerprints a request without it, and an architecture test requires it on every field named like one.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
