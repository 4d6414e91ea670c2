using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using DeputyPortal.Infrastructure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace DeputyPortal.Api.Security;

public sealed class AuthOptions
{
    public string Issuer { get; set; } = "DeputyPortal";

    /// <summary>HMAC key of at least 32 bytes; required outside Development (scripts/run.sh keeps one in the data folder).</summary>
    public string? SigningKey { get; set; }

    public int TokenLifetimeMinutes { get; set; } = 60;
}

/// <summary>Issues the bearer tokens of POST /api/v1/auth/token.</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options, SigningKeyProvider keys, TimeProvider clock)
{
    public (string Token, int ExpiresIn) Issue(AppUser user, string role)
    {
        var lifetime = TimeSpan.FromMinutes(options.Value.TokenLifetimeMinutes);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new JwtSecurityToken(
            issuer: options.Value.Issuer,
            audience: options.Value.Issuer,
            claims: PortalClaims.For(user, role),
            notBefore: now,
            expires: now + lifetime,
            signingCredentials: new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256));
        return (new JwtSecurityTokenHandler().WriteToken(token), (int)lifetime.TotalSeconds);
    }
}

/// <summary>The token signing key: configured, or (in Development only) generated for the life of the process.</summary>
public sealed class SigningKeyProvider
{
    public SigningKeyProvider(IOptions<AuthOptions> options, IHostEnvironment environment)
    {
        var configured = options.Value.SigningKey;
        if (string.IsNullOrEmpty(configured) && !environment.IsDevelopment())
        {
            throw new InvalidOperationException("Auth:SigningKey must be set outside Development (at least 32 characters).");
        }

        var bytes = string.IsNullOrEmpty(configured)
            ? System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)
            : System.Text.Encoding.UTF8.GetBytes(configured);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters.");
        }

        Key = new SymmetricSecurityKey(bytes);
    }

    public SymmetricSecurityKey Key { get; }
}
