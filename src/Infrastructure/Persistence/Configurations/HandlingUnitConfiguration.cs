using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Townships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class HandlingUnitConfiguration : IEntityTypeConfiguration<HandlingUnit>
{
    public void Configure(EntityTypeBuilder<HandlingUnit> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(u => u.Name).HasMaxLength(HandlingUnit.NameMaxLength);
        builder.Property(u => u.HeadName).HasMaxLength(20);
        builder.HasOne<Township>().WithMany().HasForeignKey(u => u.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.TownshipId, u.Name }).IsUnique();
    }
}
