using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.AccessTokens;

namespace DeputyPortal.Application.AccessTokens;

public enum AccessTokenStatus
{
    Active,
    Expired,
    Revoked,
}

/// <summary>A personal access token as its owner sees it in the list: never the token, never its hash.</summary>
public sealed record AccessTokenDto(
    Guid Id,
    string Name,
    DateTime CreatedAt,
    DateOnly ExpiresOn,
    DateTime? LastUsedAt,
    DateTime? RevokedAt,
    AccessTokenStatus Status);

/// <summary>
/// A token just issued: the one answer that carries the token itself, and the feed address with it. Both are
/// <see cref="SecretAttribute">secrets</see>, so a retried create (Idempotency-Key) replays this answer without them.
/// </summary>
public sealed record IssuedAccessTokenDto(
    Guid Id,
    string Name,
    DateTime CreatedAt,
    DateOnly ExpiresOn,
    [property: Secret] string? Token,
    [property: Secret] string? FeedUrl = null);

/// <summary>The roles that may read the OData feed, and so may hold tokens for it: those of <c>OpenFeed</c>'s [Authorize].</summary>
public static class FeedAccess
{
    public static readonly IReadOnlyList<string> Roles = [Common.Security.Roles.CountyStaff, Common.Security.Roles.TownshipSecretary, Common.Security.Roles.PresidiumMember];

    public static AccessTokenStatus StatusOf(PersonalAccessToken token, DateOnly today) =>
        token.IsRevoked ? AccessTokenStatus.Revoked : token.IsExpiredOn(today) ? AccessTokenStatus.Expired : AccessTokenStatus.Active;
}
