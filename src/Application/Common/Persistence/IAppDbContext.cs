using DeputyPortal.Domain.AccessTokens;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Auditing;
using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Notifications;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Reviews;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Settings;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Domain.Townships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DeputyPortal.Application.Common.Persistence;

/// <summary>
/// The database as use cases see it. Every township-scoped set is already filtered to what the current user may
/// read, so a record outside the caller's scope is simply not found.
/// </summary>
public interface IAppDbContext
{
    DbSet<Township> Townships { get; }

    DbSet<Term> Terms { get; }

    DbSet<CongressSession> CongressSessions { get; }

    DbSet<ElectoralDistrict> ElectoralDistricts { get; }

    DbSet<Deputy> Deputies { get; }

    DbSet<PresidiumMember> PresidiumMembers { get; }

    DbSet<RepresentativeGroup> RepresentativeGroups { get; }

    DbSet<Constituent> Constituents { get; }

    DbSet<HandlingUnit> HandlingUnits { get; }

    DbSet<Proposal> Proposals { get; }

    DbSet<ConstituentContact> ConstituentContacts { get; }

    DbSet<Activity> Activities { get; }

    DbSet<PresidiumMeeting> PresidiumMeetings { get; }

    DbSet<PerformanceReview> PerformanceReviews { get; }

    DbSet<TownshipSettings> TownshipSettings { get; }

    DbSet<CalendarDay> CalendarDays { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>The caller's own personal access tokens (nobody else's).</summary>
    DbSet<PersonalAccessToken> AccessTokens { get; }

    /// <summary>Filtered to the caller's own inbox (the system sees every one).</summary>
    DbSet<Notification> Notifications { get; }

    /// <summary>The reminders' deliveries beyond the inbox: administrators and the system only.</summary>
    DbSet<NotificationDelivery> NotificationDeliveries { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The one way to load an aggregate for change, in this order:
    /// <list type="number">
    /// <item>the scoped read: through the caller's query filters, so a record out of scope (or missing) answers 404
    /// and no lock is taken on it;</item>
    /// <item>the row lock (SELECT … FOR UPDATE on that id, until the command's transaction ends), so a concurrent change
    /// of the same aggregate waits here;</item>
    /// <item>its parts (one query per owned collection), read after the lock, so they are the latest committed and no
    /// concurrent writer's parts mix into them;</item>
    /// <item>the version check: unless <paramref name="expectedVersion"/> (the caller's If-Match) is null, a stale
    /// copy answers 412, and the database re-checks the version on save.</item>
    /// </list>
    /// Only commands in a transaction load for change (the transaction behaviour opens one). There is no other way to
    /// check a version; an architecture test checks that every versioned command's handler comes here.
    /// </summary>
    Task<T> LoadForChangeAsync<T>(Guid id, uint? expectedVersion, string resource, CancellationToken ct)
        where T : Entity;
}
