using DeputyPortal.Infrastructure.Persistence;
using Quartz;

namespace DeputyPortal.Infrastructure.Scheduling;

/// <summary>
/// Quartz logs whatever a job throws, in full. A database error's message, detail and context can quote row values
/// (an address in the audit JSON), so every job runs its work through here and throws only the redacted form.
/// </summary>
public static class JobFailures
{
    public static async ValueTask RunRedactingDatabaseErrors(Func<ValueTask> work)
    {
        try
        {
            await work();
        }
        catch (Exception exception) when (DatabaseErrors.Redacted(exception) is var redacted && !ReferenceEquals(redacted, exception))
        {
            throw new JobExecutionException(redacted);
        }
    }
}
