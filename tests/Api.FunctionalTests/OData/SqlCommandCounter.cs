using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DeputyPortal.Api.FunctionalTests.OData;

/// <summary>
/// Counts the SQL statements EF Core executes on one database while it is open, from EF Core's own diagnostic events
/// (<see cref="RelationalEventId.CommandExecuted"/>): what a request costs in round trips, not in time.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _all;
    private readonly List<IDisposable> _listeners = [];
    private int _count;

    public SqlCommandCounter(string database)
    {
        _database = database;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public void Dispose()
    {
        _all.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandExecutedEventData data && data.Command.Connection?.Database == _database)
        {
            Interlocked.Increment(ref _count);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
