using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace DeputyPortal.Api.Security;

/// <summary>
/// The one 401 answer of the API: "Bearer" and a problem that says authentication is required, the same whether the
/// token was missing, expired, forged or issued before an account change, so a caller learns nothing from it.
/// </summary>
public static class AuthenticationRequired
{
    public static async Task WriteAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = JwtBearerDefaults.AuthenticationScheme;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "需要身份验证",
                Detail = "此请求需要有效的访问令牌（Authorization: Bearer）。",
            },
        });
    }
}
