using DeputyPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Target).HasMaxLength(NotificationDelivery.TargetMaxLength);
        builder.Property(d => d.DeliveryKey).HasMaxLength(NotificationDelivery.DeliveryKeyMaxLength);
        builder.Property(d => d.LastError).HasMaxLength(NotificationDelivery.LastErrorMaxLength);
        builder.HasIndex(d => d.DeliveryKey).IsUnique(); // each reminder once per target (INSERT … ON CONFLICT DO NOTHING)
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt }); // the dispatcher's claim: pending and due
        builder.HasIndex(d => new { d.Status, d.CreatedAt }); // the admin list: failed, newest first
        builder.HasIndex(d => d.NotificationId);
        builder.HasOne<Notification>().WithMany().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
