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
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
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

    DbSet<TownshipSettings> TownshipSettings { get; }

    DbSet<CalendarDay> CalendarDays { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Refuses the change with 412 unless the caller's copy (If-Match) is the current version, and makes the
    /// database re-check it on save, so a concurrent writer in between is refused too.
    /// </summary>
    void ExpectVersion(Entity entity, uint expectedVersion, string resource);

    /// <summary>
    /// Locks an aggregate's row until the command's transaction ends (SELECT … FOR UPDATE). A change that loads its
    /// parts in several queries takes it first: a concurrent change then waits, and sees the new version (412) rather
    /// than a mix of the old row and the other writer's new parts.
    /// </summary>
    Task LockForChangeAsync<T>(Guid id, CancellationToken ct)
        where T : Entity;
}
