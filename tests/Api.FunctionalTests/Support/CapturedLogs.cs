using System.Collections;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DeputyPortal.Api.FunctionalTests.Support;

/// <summary>
/// Every log line the application writes (past the configured level filters, as in production), with its exception
/// in full: its text, its inner exceptions and its Data. Tests read what a line would show an operator.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void Clear() => _lines.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}\n{Describe(exception)}");

        private static string Describe(Exception? exception)
        {
            var text = new List<string>();
            for (var e = exception; e is not null; e = e.InnerException)
            {
                text.Add(e.ToString());
                text.AddRange(e.Data.Cast<DictionaryEntry>().Select(d => $"{d.Key}: {d.Value}"));
            }

            return string.Join('\n', text);
        }
    }
}
