using DeputyPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Period).HasMaxLength(Notification.PeriodMaxLength);
        builder.Property(n => n.DedupKey).HasMaxLength(Notification.DedupKeyMaxLength);
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.Ignore(n => n.IsRead);
        builder.HasIndex(n => n.DedupKey).IsUnique(); // what makes every sweep idempotent (INSERT … ON CONFLICT DO NOTHING)
        builder.HasIndex(n => new { n.RecipientUserId, n.ReadAt, n.CreatedAt }); // the inbox: unread first, newest first
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
