using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeputyPortal.Api.Http;

/// <summary>
/// Keeps personal access tokens out of every log line, whoever writes it (ASP.NET Core's request lines, which quote
/// the query string, the app's own, a library's): the one logger factory hands out loggers that replace an
/// <c>access_token=…</c> query value and any <c>dpat_…</c> token in the message and in its structured values before
/// any provider sees them. Lines without either pass through untouched.
/// </summary>
public static partial class LogRedaction
{
    public const string Replacement = "[redacted]";

    public static IServiceCollection AddLogRedaction(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new RedactingLoggerFactory(new LoggerFactory(
            provider.GetServices<ILoggerProvider>(),
            provider.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            provider.GetService<IOptions<LoggerFactoryOptions>>(),
            provider.GetService<IExternalScopeProvider>()))));
        return services;
    }

    /// <summary>The text with every token and access_token value replaced.</summary>
    public static string Redact(string text) =>
        MayHoldAToken(text) ? TokenPattern().Replace(QueryPattern().Replace(text, "$1" + Replacement), Replacement) : text;

    private static bool MayHoldAToken(string text) =>
        text.Contains("access_token", StringComparison.OrdinalIgnoreCase) || text.Contains("dpat_", StringComparison.Ordinal);

    // The value up to the next parameter, fragment or white space; also its URL-encoded spelling (access%5Ftoken).
    [GeneratedRegex(@"((?:access_token|access%5ftoken)=)[^&#\s""']*", RegexOptions.IgnoreCase)]
    private static partial Regex QueryPattern();

    [GeneratedRegex(@"dpat_[A-Za-z0-9_\-%]+")]
    private static partial Regex TokenPattern();

    private sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => inner.Dispose();
    }

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var values = state as IEnumerable<KeyValuePair<string, object?>>;
            if (!MayHoldAToken(message) && (values is null || !values.Any(v => v.Value is string s && MayHoldAToken(s))))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }

            var redacted = new RedactedState(
                Redact(message),
                (values ?? []).Select(v => new KeyValuePair<string, object?>(v.Key, v.Value is string s ? Redact(s) : v.Value)).ToList());
            inner.Log(logLevel, eventId, redacted, exception, static (s, _) => s.Message);
        }
    }

    /// <summary>A line's structured values, redacted, with its redacted message (as "{OriginalFormat}" keeps the template).</summary>
    private sealed class RedactedState(string message, IReadOnlyList<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;

        public int Count => values.Count;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }
}
