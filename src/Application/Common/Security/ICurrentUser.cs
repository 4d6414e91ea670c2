namespace DeputyPortal.Application.Common.Security;

/// <summary>Who is acting: an HTTP user, or the system itself (start-up, scheduled jobs).</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    string UserName { get; }

    /// <summary>One of <see cref="Roles"/>; null for the system and for anonymous callers.</summary>
    string? Role { get; }

    Guid? TownshipId { get; }

    Guid? DeputyId { get; }

    Guid? HandlingUnitId { get; }

    /// <summary>True for work the application does on its own behalf; it reads everything.</summary>
    bool IsSystem { get; }
}
