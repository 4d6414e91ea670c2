using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Infrastructure.Persistence;

/// <summary>The application acting on its own behalf: migrations, seeding, scheduled jobs, design-time tools.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    public Guid? UserId => null;

    public string UserName => "system";

    public string? Role => null;

    public Guid? TownshipId => null;

    public Guid? DeputyId => null;

    public Guid? HandlingUnitId => null;

    public bool IsSystem => true;
}
