using Npgsql;

namespace DeputyPortal.Infrastructure.Persistence;

/// <summary>What the app adds to the connection string it is given.</summary>
public static class ConnectionSettings
{
    /// <summary>
    /// Turns PostgreSQL's JIT compilation off for the app's sessions unless the connection string's <c>Options</c>
    /// already choose. The app's statements are short (milliseconds to a second); on the county data the planner's
    /// cost estimates cross <c>jit_above_cost</c> often, and compiling then costs more than it saves (the reminder
    /// sweep's rectification query: 94 ms of JIT on a 322 ms statement; docs/performance.md §9).
    /// </summary>
    public static string WithAppSessionDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var options = builder.Options ?? string.Empty;
        if (!options.Contains("jit", StringComparison.OrdinalIgnoreCase))
        {
            builder.Options = (options + " -c jit=off").Trim();
        }

        return builder.ConnectionString;
    }
}
