using DeputyPortal.Domain.Settings;
using DeputyPortal.Domain.Townships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class TownshipSettingsConfiguration : IEntityTypeConfiguration<TownshipSettings>
{
    public void Configure(EntityTypeBuilder<TownshipSettings> builder)
    {
        builder.HasIdentityAndVersion();
        builder.HasOne<Township>().WithOne().HasForeignKey<TownshipSettings>(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.TownshipId).IsUnique();
        builder.Ignore(s => s.Proposals);
        builder.Ignore(s => s.Compliance);
        builder.Ignore(s => s.Reviews);
    }
}
