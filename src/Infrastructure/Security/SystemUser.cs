using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Infrastructure.Security;

/// <summary>
/// The application acting on its own behalf: start-up (migrations, reference data, demo data), scheduled jobs and
/// design-time tools. Code gets it only through <see cref="ISystemScopes"/> (or, outside the host, by name, as the
/// design-time factory does); without it, code outside an HTTP request is nobody and may do nothing.
/// </summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    private SystemUser()
    {
    }

    public Guid? UserId => null;

    public string UserName => "system";

    public string? Role => null;

    public Guid? TownshipId => null;

    public Guid? DeputyId => null;

    public Guid? HandlingUnitId => null;

    public bool IsSystem => true;

    /// <summary>Refuses to start work that only the system does when the scope it runs in is not the system's.</summary>
    public static void Require(ICurrentUser user, string work)
    {
        if (!user.IsSystem)
        {
            throw new InvalidOperationException($"{work} runs as the system: resolve it from a scope begun by {nameof(ISystemScopes)}.");
        }
    }
}
