using System.Diagnostics;
using DeputyPortal.Application.Common.Security;
using Mediator;
using Microsoft.Extensions.Logging;

namespace DeputyPortal.Application.Common.Behaviors;

/// <summary>Logs which request ran, for whom and how long it took. Never the request's content: it may hold personal data.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string RequestName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(RequestName, user.UserId, elapsedMs);
            return response;
        }
        catch (Exception ex)
        {
            var outcome = ex.GetType().Name;
            LogFailed(RequestName, user.UserId, outcome);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} handled for user {UserId} in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string request, Guid? userId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} refused for user {UserId}: {Outcome}")]
    private partial void LogFailed(string request, Guid? userId, string outcome);
}
