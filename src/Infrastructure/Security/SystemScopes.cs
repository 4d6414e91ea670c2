using DeputyPortal.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Infrastructure.Security;

internal sealed class SystemScopes(IServiceScopeFactory scopes) : ISystemScopes
{
    public AsyncServiceScope Begin()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().BecomeSystem();
        return scope;
    }
}
