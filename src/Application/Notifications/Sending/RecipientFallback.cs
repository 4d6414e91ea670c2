namespace DeputyPortal.Application.Notifications.Sending;

/// <summary>DESIGN §6: a reminder whose recipient has no (unlocked) account goes to the township's secretaries instead.</summary>
public static class RecipientFallback
{
    public static IEnumerable<Guid> OrElse(this IEnumerable<Guid> accounts, IEnumerable<Guid> secretaries)
    {
        var found = accounts.ToList();
        return found.Count > 0 ? found : secretaries;
    }
}
