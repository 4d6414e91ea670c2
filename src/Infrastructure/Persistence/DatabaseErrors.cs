using System.Data.Common;
using Npgsql;

namespace DeputyPortal.Infrastructure.Persistence;

/// <summary>
/// A database failure in a form that may be logged. PostgreSQL's message, detail and context can quote the values of
/// the row or parameter that failed (a constituent's address in the audit JSON, a phone in a unique key), so what is
/// logged keeps only what names the failure: the exception types, the SQLSTATE, the table, column and constraint, and
/// the stack trace.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>The exception itself when no database error is part of it; otherwise its redacted form.</summary>
    public static Exception Redacted(Exception exception)
    {
        var chain = Chain(exception).ToList();
        if (!chain.Any(e => e is DbException))
        {
            return exception;
        }

        var postgres = chain.OfType<PostgresException>().FirstOrDefault();
        var types = string.Join(" → ", chain.Select(e => e.GetType().Name));
        var where = postgres is null
            ? string.Empty
            : $" SQLSTATE {postgres.SqlState}; table {postgres.TableName ?? "-"}, column {postgres.ColumnName ?? "-"}, constraint {postgres.ConstraintName ?? "-"}.";
        return new RedactedDatabaseException($"{types}.{where} Message, detail and context withheld: they may quote row values.", exception);
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    /// <summary>Carries the original's stack trace but neither its message nor its inner exceptions.</summary>
    private sealed class RedactedDatabaseException(string message, Exception original) : Exception(message)
    {
        public override string? StackTrace => original.StackTrace;
    }
}
