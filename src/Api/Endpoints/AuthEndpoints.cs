using System.Text.Json.Serialization;
using DeputyPortal.Api.Security;
using DeputyPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace DeputyPortal.Api.Endpoints;

public sealed record TokenRequest(string? UserName = null, string? Password = null);

/// <summary>The token answer in the OAuth 2.0 shape (RFC 6749 §5.1) that scripts and BI tools expect.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

public sealed class AuthEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/auth/token", IssueToken).AllowAnonymous().WithTags("认证 Auth");

    private static async Task<IResult> IssueToken(TokenRequest request, AccountSignIn signIn, TokenIssuer issuer)
    {
        var outcome = await signIn.CheckAsync(request.UserName, request.Password);
        if (outcome.User is not { } user)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "登录失败", detail: outcome.Failure);
        }

        var (token, expiresIn) = issuer.Issue(user, outcome.Role!);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expiresIn));
    }
}
