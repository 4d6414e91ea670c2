using DeputyPortal.Domain.Townships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(t => t.Code).HasMaxLength(12).IsFixedLength();
        builder.Property(t => t.Name).HasMaxLength(Township.NameMaxLength);
        builder.Property(t => t.County).HasMaxLength(Township.NameMaxLength);
        builder.HasIndex(t => t.Code).IsUnique();
    }
}
