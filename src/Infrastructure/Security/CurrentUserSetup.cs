using DeputyPortal.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Infrastructure.Security;

public static class CurrentUserSetup
{
    /// <summary>
    /// The one registration of <see cref="ICurrentUser"/>: in a scope begun by <see cref="ISystemScopes"/> the system,
    /// in any other the request's caller as <typeparamref name="TRequestCaller"/> reads it (nobody, outside a request).
    /// </summary>
    public static IServiceCollection AddCurrentUser<TRequestCaller>(this IServiceCollection services)
        where TRequestCaller : class, ICurrentUser
    {
        services.AddScoped<TRequestCaller>();
        services.AddScoped<ScopeIdentity>();
        services.AddScoped<ICurrentUser>(provider =>
            provider.GetRequiredService<ScopeIdentity>().Resolve(provider.GetRequiredService<TRequestCaller>));
        services.AddSingleton<ISystemScopes, SystemScopes>();
        return services;
    }
}
