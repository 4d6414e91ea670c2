using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Application.Common.Security;

/// <summary>
/// How code outside an HTTP request (start-up tasks, scheduled jobs) says who it is. Outside a request there is no
/// user: a request sent from a plain service scope is refused, and the database shows it nothing. A scope begun here
/// acts as the system: its <see cref="ICurrentUser"/> is the system, whose requests must be marked
/// <c>[Authorize(Roles.SystemOnly)]</c>, and whose reads and writes pass every township filter and are audited as
/// "system".
/// </summary>
public interface ISystemScopes
{
    AsyncServiceScope Begin();
}
