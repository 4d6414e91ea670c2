namespace DeputyPortal.Application.Common.Security;

/// <summary>
/// "May the current user send this request?", answered from the request's own <see cref="AuthorizeAttribute"/> by
/// the same code the authorization behaviour refuses with. Pages ask it to show or hide a page, a link or a button.
/// </summary>
public interface IRequestPermissions
{
    bool MaySend(Type requestType);

    bool MaySend<TRequest>();
}

internal sealed class RequestPermissions(ICurrentUser user) : IRequestPermissions
{
    public bool MaySend(Type requestType) => RequestAuthorization.RefusalFor(user, requestType) is null;

    public bool MaySend<TRequest>() => MaySend(typeof(TRequest));
}
