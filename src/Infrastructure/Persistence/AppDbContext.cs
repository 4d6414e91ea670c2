using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
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
using DeputyPortal.Infrastructure.Identity;
using DeputyPortal.Infrastructure.Persistence.Idempotency;
using DeputyPortal.Infrastructure.Persistence.Numbering;
using DeputyPortal.Infrastructure.Scheduling;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace DeputyPortal.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ICurrentUser currentUser)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    public DbSet<Township> Townships => Set<Township>();

    public DbSet<Term> Terms => Set<Term>();

    public DbSet<CongressSession> CongressSessions => Set<CongressSession>();

    public DbSet<ElectoralDistrict> ElectoralDistricts => Set<ElectoralDistrict>();

    public DbSet<Deputy> Deputies => Set<Deputy>();

    public DbSet<PresidiumMember> PresidiumMembers => Set<PresidiumMember>();

    public DbSet<RepresentativeGroup> RepresentativeGroups => Set<RepresentativeGroup>();

    public DbSet<Constituent> Constituents => Set<Constituent>();

    public DbSet<HandlingUnit> HandlingUnits => Set<HandlingUnit>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ConstituentContact> ConstituentContacts => Set<ConstituentContact>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<PresidiumMeeting> PresidiumMeetings => Set<PresidiumMeeting>();

    public DbSet<PerformanceReview> PerformanceReviews => Set<PerformanceReview>();

    public DbSet<TownshipSettings> TownshipSettings => Set<TownshipSettings>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PersonalAccessToken> AccessTokens => Set<PersonalAccessToken>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationDelivery> NotificationDeliveries => Set<NotificationDelivery>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    /// <summary>The data-protection key ring, shared by every instance so a cookie one issued is read by all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ProposalNumberSeriesRow> ProposalNumberSeries => Set<ProposalNumberSeriesRow>();

    // The scope the query filters read. EF Core evaluates these context properties afresh for every query,
    // as parameters, so one compiled model serves every user.
    private bool ScopeReadsAll => currentUser.ReadsAllTownships();

    // Nobody (anonymous, or code outside a request that did not begin a system scope) reads not even the audit.
    private bool ScopeIsSomebody => currentUser.IsSystem || currentUser.Role is not null;

    private Guid? ScopeTownshipId => currentUser.TownshipId;

    private bool ScopeIsSystem => currentUser.IsSystem;

    private bool ScopeIsAdmin => currentUser.Role == Application.Common.Security.Roles.Admin;

    private Guid? ScopeUserId => currentUser.UserId;

    private Guid? ScopeDeputyId => currentUser.DeputyId;

    private bool ScopeOwnConstituentsOnly => currentUser.SeesOnlyOwnConstituents();

    private bool ScopeNoConstituents => currentUser.SeesNoConstituents();

    private bool ScopeOwnProposalsOnly => currentUser.SeesOnlyOwnProposals();

    private bool ScopeAssignedProposalsOnly => currentUser.SeesOnlyAssignedProposals();

    private Guid? ScopeUnitId => currentUser.HandlingUnitId;

    private bool ScopeOwnActivitiesOnly => currentUser.SeesOnlyOwnActivities();

    private bool ScopeUnitActivitiesOnly => currentUser.SeesOnlyActivitiesOfTheirUnit();

    private bool ScopeOwnReviewsOnly => currentUser.SeesOnlyOwnReviews();

    private bool ScopeNoReviews => currentUser.SeesNoReviews();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        WriteOwnersOfChangedParts();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        WriteOwnersOfChangedParts();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public async Task<T> LoadForChangeAsync<T>(Guid id, uint? expectedVersion, string resource, CancellationToken ct)
        where T : Entity
    {
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException($"{typeof(T).Name} is loaded for change outside a transaction: its row lock would end at once.");
        }

        if (ChangeTracker.Entries<T>().Any(e => e.Entity.Id == id))
        {
            // A copy read before the lock would stay as it was read: the tracker does not overwrite it.
            throw new InvalidOperationException($"{typeof(T).Name} {id} was read before it was loaded for change.");
        }

        if (!await Set<T>().AnyAsync(e => e.Id == id, ct))
        {
            throw new NotFoundException(resource, id);
        }

        await LockRowAsync<T>(id, ct);
        var entity = await Set<T>().AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException(resource, id);
        if (expectedVersion is { } expected)
        {
            ExpectVersion(entity, expected, resource);
        }

        return entity;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        NameIdentityTables(builder);

        builder.Entity<Township>().HasQueryFilter(t => ScopeReadsAll || t.Id == ScopeTownshipId);
        builder.Entity<AuditEntry>().HasQueryFilter(a => ScopeIsSomebody);

        // A user sees and revokes only their own tokens; the feed's authentication finds a token by its hash alone.
        builder.Entity<PersonalAccessToken>().HasQueryFilter(t => t.UserId == ScopeUserId);
        builder.Entity<Notification>().HasQueryFilter(n => ScopeIsSystem || n.RecipientUserId == ScopeUserId);
        builder.Entity<NotificationDelivery>().HasQueryFilter(d => ScopeIsSystem || ScopeIsAdmin);
        FilterByTownship<Term>(builder);
        FilterByTownship<CongressSession>(builder);
        FilterByTownship<ElectoralDistrict>(builder);
        FilterByTownship<Deputy>(builder);
        FilterByTownship<PresidiumMember>(builder);
        FilterByTownship<RepresentativeGroup>(builder);
        FilterByTownship<HandlingUnit>(builder);
        FilterByTownship<TownshipSettings>(builder);
        FilterByTownship<PresidiumMeeting>(builder);
        builder.Entity<Activity>().HasQueryFilter(a =>
            ScopeReadsAll
            || (a.TownshipId == ScopeTownshipId
                && (!ScopeOwnActivitiesOnly
                    || a.Participants.Any(p => p.DeputyId == ScopeDeputyId)
                    || Set<RepresentativeGroup>().Any(g => g.Id == a.OrganizingGroupId && g.Members.Any(m => m.DeputyId == ScopeDeputyId)))
                && (!ScopeUnitActivitiesOnly
                    || a.SubjectUnits.Any(u => u.HandlingUnitId == ScopeUnitId)
                    || a.RectificationItems.Any(r => r.ResponsibleUnitId == ScopeUnitId))));
        // A draft is private until it is submitted: its lead deputy, its co-signers and whoever wrote or revised it
        // (a secretary recording a paper proposal) see it; nobody else does, county staff included.
        builder.Entity<Proposal>().HasQueryFilter(p =>
            ScopeIsSystem
            || ((ScopeReadsAll
                    || (p.TownshipId == ScopeTownshipId
                        && (!ScopeOwnProposalsOnly || p.LeadDeputyId == ScopeDeputyId || p.CoSigners.Any(s => s.DeputyId == ScopeDeputyId))
                        && (!ScopeAssignedProposalsOnly || p.LeadUnitId == ScopeUnitId || p.CoUnits.Any(u => u.HandlingUnitId == ScopeUnitId))))
                && (p.Status != ProposalStatus.Draft
                    || p.LeadDeputyId == ScopeDeputyId
                    || p.CoSigners.Any(s => s.DeputyId == ScopeDeputyId)
                    || (ScopeUserId != null && p.Timeline.Any(e => e.ActorUserId == ScopeUserId)))));
        builder.Entity<ConstituentContact>().HasQueryFilter(c =>
            ScopeReadsAll
            || (c.TownshipId == ScopeTownshipId
                && !ScopeNoConstituents
                && (!ScopeOwnConstituentsOnly || c.DeputyId == ScopeDeputyId)));
        builder.Entity<PerformanceReview>().HasQueryFilter(r =>
            ScopeReadsAll
            || (r.TownshipId == ScopeTownshipId
                && !ScopeNoReviews
                && (!ScopeOwnReviewsOnly || r.DeputyId == ScopeDeputyId)));
        builder.Entity<Constituent>().HasQueryFilter(c =>
            ScopeReadsAll
            || (c.TownshipId == ScopeTownshipId
                && !ScopeNoConstituents
                && (!ScopeOwnConstituentsOnly || c.DeputyId == ScopeDeputyId)));
    }

    /// <summary>
    /// An aggregate's parts (owned rows: a group's members, a meeting's decisions, …) live in tables of their own, so a
    /// change to parts alone would leave the aggregate's row, and with it the xmin version that is its ETag,
    /// untouched: no new ETag, and no check against a concurrent writer. Writing the owner's row (one column, to its
    /// own value) whenever a part changes makes the version cover the whole aggregate.
    /// </summary>
    private void WriteOwnersOfChangedParts()
    {
        ChangeTracker.DetectChanges();
        var unchangedOwners = ChangeTracker.Entries<Entity>()
            .Where(e => e.State == EntityState.Unchanged)
            .ToDictionary(e => e.Entity.Id);
        if (unchangedOwners.Count == 0)
        {
            return;
        }

        var changedParts = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Metadata.IsOwned())
            .ToList();
        foreach (var part in changedParts)
        {
            var ownership = part.Metadata.FindOwnership()!;
            var key = part.Property(ownership.Properties[0].Name);
            var ownerId = part.State == EntityState.Deleted ? key.OriginalValue : key.CurrentValue;
            if (ownerId is Guid id && unchangedOwners.Remove(id, out var owner) && owner.Metadata == ownership.PrincipalEntityType)
            {
                owner.Properties
                    .First(p => !p.Metadata.IsPrimaryKey() && !p.Metadata.IsConcurrencyToken && !p.Metadata.IsShadowProperty())
                    .IsModified = true;
            }
        }
    }

    /// <summary>Refuses the change with 412 unless the caller's copy is the current version, and makes the database re-check it on save.</summary>
    private void ExpectVersion(Entity entity, uint expectedVersion, string resource)
    {
        if (entity.Version != expectedVersion)
        {
            throw new StaleVersionException(resource);
        }

        Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
    }

    private async Task LockRowAsync<T>(Guid id, CancellationToken ct)
        where T : Entity
    {
        // Table and column names come from the model, never from input; the id is a parameter.
        var entity = Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var idColumn = entity.FindProperty(nameof(Entity.Id))!.GetColumnName(table);
        var sql = $"SELECT 1 FROM \"{table.Name}\" WHERE \"{idColumn}\" = @id FOR UPDATE";
        await Database.ExecuteSqlRawAsync(sql, [new NpgsqlParameter("id", id)], ct);
    }

    /// <summary>Identity names its tables explicitly (AspNetUsers…), which the snake_case convention leaves alone.</summary>
    private static void NameIdentityTables(ModelBuilder builder)
    {
        builder.Entity<AppUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
    }

    private void FilterByTownship<T>(ModelBuilder builder)
        where T : class, ITownshipScoped =>
        builder.Entity<T>().HasQueryFilter(e => ScopeReadsAll || e.TownshipId == ScopeTownshipId);
}
