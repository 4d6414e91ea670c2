using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class CongressSessionConfiguration : IEntityTypeConfiguration<CongressSession>
{
    public void Configure(EntityTypeBuilder<CongressSession> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Ignore(s => s.Name);
        builder.HasOne<Term>().WithMany().HasForeignKey(s => s.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TermId, s.Number }).IsUnique();
        builder.HasIndex(s => s.TownshipId);
        builder.OwnsMany(s => s.Attendance, attendance =>
        {
            attendance.ToTable("session_attendance");
            attendance.WithOwner().HasForeignKey(a => a.SessionId);
            attendance.HasKey(a => a.Id);
            attendance.Property(a => a.Id).ValueGeneratedNever();
            attendance.HasIndex(a => new { a.SessionId, a.DeputyId }).IsUnique();
            attendance.Property(a => a.LeaveReason).HasMaxLength(SessionAttendance.ReasonMaxLength);
            attendance.HasOne<Deputy>().WithMany().HasForeignKey(a => a.DeputyId).OnDelete(DeleteBehavior.Restrict);
            attendance.HasIndex(a => a.DeputyId);
        });
    }
}
