using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(a => a.Title).HasMaxLength(Activity.TitleMaxLength);
        builder.Property(a => a.Place).HasMaxLength(Activity.PlaceMaxLength);
        builder.Property(a => a.Findings).HasMaxLength(Activity.FindingsMaxLength);
        builder.HasOne<Term>().WithMany().HasForeignKey(a => a.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RepresentativeGroup>().WithMany().HasForeignKey(a => a.OrganizingGroupId).OnDelete(DeleteBehavior.Restrict);
        // The ledger's default sort (newest first) and the quarter's group activities (R4).
        builder.HasIndex(a => new { a.TownshipId, a.StartsOn, a.Id });
        builder.HasIndex(a => new { a.OrganizingGroupId, a.StartsOn });
        builder.Ignore(a => a.PresentCount);

        builder.OwnsMany(a => a.SubjectUnits, units =>
        {
            units.ToTable("activity_subject_units");
            units.WithOwner().HasForeignKey(u => u.ActivityId);
            units.HasKey(u => u.Id);
            units.Property(u => u.Id).ValueGeneratedNever();
            units.HasIndex(u => u.ActivityId);
            units.HasOne<HandlingUnit>().WithMany().HasForeignKey(u => u.HandlingUnitId).OnDelete(DeleteBehavior.Restrict);
            units.HasIndex(u => u.HandlingUnitId);
        });
        builder.OwnsMany(a => a.Participants, participants =>
        {
            participants.ToTable("activity_participants");
            participants.WithOwner().HasForeignKey(p => p.ActivityId);
            participants.HasKey(p => p.Id);
            participants.Property(p => p.Id).ValueGeneratedNever();
            // Covering: the duty profiles read the year's activities, then their participants' deputy and attendance
            // from this index alone (an index-only scan instead of a heap visit per participant).
            participants.HasIndex(p => p.ActivityId).IncludeProperties(p => new { p.DeputyId, p.Attendance });
            participants.Property(p => p.LeaveReason).HasMaxLength(ActivityParticipation.ReasonMaxLength);
            participants.HasOne<Deputy>().WithMany().HasForeignKey(p => p.DeputyId).OnDelete(DeleteBehavior.Restrict);
            participants.HasIndex(p => p.DeputyId);
        });
        builder.OwnsMany(a => a.Tallies, tallies =>
        {
            tallies.ToTable("activity_unit_tallies");
            tallies.WithOwner().HasForeignKey(t => t.ActivityId);
            tallies.HasKey(t => t.Id);
            tallies.Property(t => t.Id).ValueGeneratedNever();
            tallies.HasIndex(t => t.ActivityId);
            tallies.HasOne<HandlingUnit>().WithMany().HasForeignKey(t => t.HandlingUnitId).OnDelete(DeleteBehavior.Restrict);
            tallies.Ignore(t => t.Total);
        });
        builder.OwnsMany(a => a.RectificationItems, items =>
        {
            items.ToTable("rectification_items");
            items.WithOwner().HasForeignKey(r => r.ActivityId);
            items.HasKey(r => r.Id);
            items.Property(r => r.Id).ValueGeneratedNever();
            items.Property(r => r.Description).HasMaxLength(RectificationItem.TextMaxLength);
            items.Property(r => r.Evidence).HasMaxLength(RectificationItem.TextMaxLength);
            items.HasIndex(r => new { r.ActivityId, r.Position }).IsUnique();
            items.HasIndex(r => new { r.ResponsibleUnitId, r.Status, r.DueOn });
            // The overdue sweep: open items by due date, county-wide.
            items.HasIndex(r => r.DueOn).HasFilter("status <> 'Completed'").HasDatabaseName("ix_rectification_items_open_due_on");
            items.HasOne<HandlingUnit>().WithMany().HasForeignKey(r => r.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(a => a.SubjectUnits).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Tallies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.RectificationItems).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
