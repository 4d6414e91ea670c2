using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Infrastructure.Security;

/// <summary>
/// Who the services of one DI scope act for, decided once: the system when <see cref="SystemScopes"/> began the scope,
/// otherwise the caller of the HTTP request (anonymous, with no request). Deciding after anything in the scope asked
/// is refused, so a scope can never change identity under a database context that already read with the old one.
/// </summary>
internal sealed class ScopeIdentity
{
    private ICurrentUser? _user;

    public void BecomeSystem()
    {
        if (_user is not null)
        {
            throw new InvalidOperationException("This scope already acts for a caller; begin a new scope with ISystemScopes.");
        }

        _user = SystemUser.Instance;
    }

    public ICurrentUser Resolve(Func<ICurrentUser> requestCaller) => _user ??= requestCaller();
}
