namespace DeputyPortal.Application.Common.Security;

/// <summary>
/// Declares who may send a request. Every request carries one (an architecture test checks it);
/// with no roles listed, any signed-in user may, and scoping still limits what they see.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AuthorizeAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
