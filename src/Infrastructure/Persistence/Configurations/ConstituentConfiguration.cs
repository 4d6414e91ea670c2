using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Deputies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ConstituentConfiguration : IEntityTypeConfiguration<Constituent>
{
    public void Configure(EntityTypeBuilder<Constituent> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(c => c.Name).HasMaxLength(Constituent.NameMaxLength);
        builder.Property(c => c.Village).HasMaxLength(Constituent.VillageMaxLength);
        builder.Property(c => c.Address).HasMaxLength(Constituent.AddressMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(c => c.DeputyId).OnDelete(DeleteBehavior.Restrict);

        // The constituent import's natural key: a person is known by village, name and phone within the township.
        builder.HasIndex(c => new { c.TownshipId, c.Village, c.Name, c.Phone }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(c => c.DeputyId);

        // The list's two sort keys (name within a township, village across the county), each with the id tiebreaker,
        // so a page is read in index order instead of sorting every row (docs/performance.md, section 3).
        builder.HasIndex(c => new { c.TownshipId, c.Name, c.Id });
        builder.HasIndex(c => new { c.Village, c.Id });
    }
}
