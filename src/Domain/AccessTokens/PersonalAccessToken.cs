using System.Security.Cryptography;
using System.Text;
using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.AccessTokens;

/// <summary>
/// 数据接口访问令牌: a long-lived credential a user makes for the OData feed, for tools that cannot sign in (Excel,
/// Power BI, a script). Only the SHA-256 of the token is kept; the token itself is shown once, when it is issued. It
/// acts as its user, with the role and township the account has at the time of each request.
/// </summary>
public sealed class PersonalAccessToken : Entity
{
    public const int NameMaxLength = 50;

    /// <summary>How far ahead an expiry may be set: a forgotten token stops working within a year.</summary>
    public const int MaxLifetimeDays = 366;

    /// <summary>Marks the token as this product's, so a secret scanner or a reader of a leaked file recognises it.</summary>
    public const string Prefix = "dpat_";

    private PersonalAccessToken()
    {
    }

    public Guid UserId { get; private set; }

    public string Name { get; private set; } = null!;

    /// <summary>SHA-256 of the token, 64 lower-case hex characters.</summary>
    public string Hash { get; private set; } = null!;

    public DateTime CreatedAt { get; private set; }

    /// <summary>The last day (Asia/Shanghai) on which the token works.</summary>
    public DateOnly ExpiresOn { get; private set; }

    /// <summary>When the token last opened the feed, to the nearest few minutes (see the authentication handler).</summary>
    public DateTime? LastUsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>Makes a token for the user: the new record and, once only, the token itself (prefix + 256 random bits).</summary>
    public static (PersonalAccessToken Record, string Token) Issue(Guid userId, string name, DateOnly expiresOn, DateTimeOffset now)
    {
        var today = ChinaDates.DateOf(now);
        Rule.Require(!string.IsNullOrWhiteSpace(name), "AccessTokenNameRequired", "令牌名称不能为空。", "name");
        Rule.Require(name.Trim().Length <= NameMaxLength, "AccessTokenNameLength", $"令牌名称不能超过{NameMaxLength}个字符。", "name");
        Rule.Require(expiresOn > today, "AccessTokenExpiresInFuture", "有效期须晚于今天。", "expiresOn");
        Rule.Require(
            expiresOn <= today.AddDays(MaxLifetimeDays),
            "AccessTokenLifetimeBounded",
            $"有效期最长为一年（不晚于 {today.AddDays(MaxLifetimeDays):yyyy-MM-dd}）。",
            "expiresOn");

        var token = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var record = new PersonalAccessToken
        {
            UserId = userId,
            Name = name.Trim(),
            Hash = HashOf(token),
            CreatedAt = now.UtcDateTime,
            ExpiresOn = expiresOn,
        };
        return (record, token);
    }

    /// <summary>Whether a presented string has the shape of a token at all (so a JWT or a password is not looked up).</summary>
    public static bool LooksLikeToken(string? value) =>
        value is { Length: > 5 and <= 100 } && value.StartsWith(Prefix, StringComparison.Ordinal);

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsRevoked => RevokedAt is not null;

    public bool IsExpiredOn(DateOnly today) => today > ExpiresOn;

    public bool WorksAt(DateTimeOffset now) => !IsRevoked && !IsExpiredOn(ChinaDates.DateOf(now));

    /// <summary>Revokes the token from now on; revoking it again changes nothing.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now.UtcDateTime;

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
