namespace DeputyPortal.Application.Common.Security;

/// <summary>Who is acting: the caller of an HTTP request (nobody, if anonymous or outside a request), or the system itself (start-up, scheduled jobs).</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    string UserName { get; }

    /// <summary>One of <see cref="Roles"/>; null for the system and for anonymous callers.</summary>
    string? Role { get; }

    Guid? TownshipId { get; }

    Guid? DeputyId { get; }

    Guid? HandlingUnitId { get; }

    /// <summary>
    /// True only in a scope begun by <see cref="ISystemScopes"/>: work the application does on its own behalf. It reads
    /// everything, and may send only the requests marked <see cref="Roles.SystemOnly"/>.
    /// </summary>
    bool IsSystem { get; }
}
