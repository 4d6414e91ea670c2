using DeputyPortal.Domain.Notifications;

namespace DeputyPortal.Application.Notifications.Sending;

/// <summary>One reminder for one recipient, ready to be stored.</summary>
public sealed record Addressed(NotificationDraft Draft, Guid RecipientUserId);

/// <summary>
/// Stores reminders at most once each: a reminder whose dedup key is already stored (by an earlier run, a run on
/// another instance, or a run that crashed after storing it) is skipped by the database itself, not by a prior read,
/// so two sweeps racing each other cannot both insert it.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>Stores the new ones in the caller's transaction and answers how many were new.</summary>
    Task<int> AddOnceAsync(IReadOnlyCollection<Addressed> notifications, CancellationToken ct);
}

/// <summary>
/// Who receives a reminder, by the accounts bound to a township's offices (DESIGN §6). A unit without an officer's
/// account, or a deputy without one, is the township secretary's to pass on, so nothing falls silently.
/// </summary>
public interface IReminderRecipients
{
    /// <summary>The active secretaries' accounts of each township.</summary>
    Task<ILookup<Guid, Guid>> SecretariesAsync(IReadOnlyCollection<Guid> townshipIds, CancellationToken ct);

    /// <summary>The active officers' accounts of each handling unit.</summary>
    Task<ILookup<Guid, Guid>> UnitOfficersAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct);

    /// <summary>The active accounts bound to each deputy (a deputy's own, and a presidium member's who is that deputy).</summary>
    Task<ILookup<Guid, Guid>> DeputyAccountsAsync(IReadOnlyCollection<Guid> deputyIds, CancellationToken ct);

    /// <summary>The active accounts of each township's presidium chair (主席) serving on the day.</summary>
    Task<ILookup<Guid, Guid>> ChairAccountsAsync(IReadOnlyCollection<Guid> townshipIds, DateOnly day, CancellationToken ct);

    /// <summary>The active accounts of each presidium member (those bound to the member's deputy).</summary>
    Task<ILookup<Guid, Guid>> PresidiumMemberAccountsAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken ct);
}
