namespace DeputyPortal.Application.Me;

/// <summary>The stored part of a portal account that the signed-in user's claims do not carry.</summary>
public sealed record AccountInfo(string UserName, string DisplayName);

/// <summary>Looks up portal accounts (kept by the identity store, outside the domain model).</summary>
public interface IAccountDirectory
{
    Task<AccountInfo?> FindAsync(Guid userId, CancellationToken cancellationToken);
}
