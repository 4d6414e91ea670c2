namespace DeputyPortal.Api.Portal;

/// <summary>
/// The requests a portal page sends for what it shows. The page may be used by whoever may send every one of them,
/// as each request's own <c>[Authorize]</c> says: <see cref="PortalPageFilter"/> refuses everyone else with the 403
/// page, and the navigation shows the page only to those it would admit. No page keeps a role list of its own.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PortalPageAttribute(params Type[] requests) : Attribute
{
    public IReadOnlyList<Type> Requests { get; } = requests.Length > 0
        ? requests
        : throw new ArgumentException("A portal page names at least one request.", nameof(requests));
}
