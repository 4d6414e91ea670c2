using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class PresidiumMeetingConfiguration : IEntityTypeConfiguration<PresidiumMeeting>
{
    public void Configure(EntityTypeBuilder<PresidiumMeeting> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(m => m.Place).HasMaxLength(PresidiumMeeting.PlaceMaxLength);
        builder.Property(m => m.Minutes).HasMaxLength(PresidiumMeeting.MinutesMaxLength);
        builder.HasOne<Term>().WithMany().HasForeignKey(m => m.TermId).OnDelete(DeleteBehavior.Restrict);
        // The list's default sort (newest first) and a quarter's meetings (R3).
        builder.HasIndex(m => new { m.TownshipId, m.HeldOn, m.Id });
        builder.Ignore(m => m.CountsForRegularMeetingRule);

        builder.OwnsMany(m => m.Agenda, agenda =>
        {
            agenda.ToTable("presidium_meeting_agenda_items");
            agenda.WithOwner().HasForeignKey(a => a.MeetingId);
            agenda.HasKey(a => a.Id);
            agenda.Property(a => a.Id).ValueGeneratedNever();
            agenda.HasIndex(a => a.MeetingId);
            agenda.Property(a => a.Title).HasMaxLength(AgendaItem.TitleMaxLength);
        });
        builder.OwnsMany(m => m.Attendance, attendance =>
        {
            attendance.ToTable("presidium_meeting_attendance");
            attendance.WithOwner().HasForeignKey(a => a.MeetingId);
            attendance.HasKey(a => a.Id);
            attendance.Property(a => a.Id).ValueGeneratedNever();
            attendance.HasIndex(a => a.MeetingId);
            attendance.Property(a => a.LeaveReason).HasMaxLength(Domain.Activities.ActivityParticipation.ReasonMaxLength);
            attendance.HasOne<PresidiumMember>().WithMany().HasForeignKey(a => a.PresidiumMemberId).OnDelete(DeleteBehavior.Restrict);
            attendance.HasOne<Deputy>().WithMany().HasForeignKey(a => a.DeputyId).OnDelete(DeleteBehavior.Restrict);
            attendance.HasIndex(a => a.DeputyId);
        });
        builder.OwnsMany(m => m.InvitedDeputies, invited =>
        {
            invited.ToTable("presidium_meeting_invited_deputies");
            invited.WithOwner().HasForeignKey(i => i.MeetingId);
            invited.HasKey(i => i.Id);
            invited.Property(i => i.Id).ValueGeneratedNever();
            invited.HasIndex(i => i.MeetingId);
            invited.HasOne<Deputy>().WithMany().HasForeignKey(i => i.DeputyId).OnDelete(DeleteBehavior.Restrict);
            invited.HasIndex(i => i.DeputyId);
        });
        builder.OwnsMany(m => m.Decisions, decisions =>
        {
            decisions.ToTable("presidium_meeting_decisions");
            decisions.WithOwner().HasForeignKey(d => d.MeetingId);
            decisions.HasKey(d => d.Id);
            decisions.Property(d => d.Id).ValueGeneratedNever();
            decisions.Property(d => d.Text).HasMaxLength(MeetingDecision.TextMaxLength);
            decisions.HasIndex(d => d.MeetingId);
            decisions.HasOne<HandlingUnit>().WithMany().HasForeignKey(d => d.FollowUpUnitId).OnDelete(DeleteBehavior.Restrict);
            decisions.HasIndex(d => d.FollowUpUnitId);
            // The overdue sweep: follow-ups not yet completed, by due date.
            decisions.HasIndex(d => d.FollowUpDueOn)
                .HasFilter("follow_up_completed_on IS NULL AND follow_up_due_on IS NOT NULL")
                .HasDatabaseName("ix_presidium_meeting_decisions_open_follow_up_due_on");
        });
        builder.Navigation(m => m.Agenda).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.InvitedDeputies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
