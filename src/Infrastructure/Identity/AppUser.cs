using Microsoft.AspNetCore.Identity;

namespace DeputyPortal.Infrastructure.Identity;

/// <summary>A portal account, bound to a township and, for deputies and handling-unit officers, to their record.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = null!;

    public Guid? TownshipId { get; set; }

    public Guid? DeputyId { get; set; }

    public Guid? HandlingUnitId { get; set; }

    /// <summary>Demo accounts share a published password, so they may sign in only where the demo is enabled.</summary>
    public bool IsDemo { get; set; }
}
