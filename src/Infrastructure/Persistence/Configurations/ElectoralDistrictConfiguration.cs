using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ElectoralDistrictConfiguration : IEntityTypeConfiguration<ElectoralDistrict>
{
    public void Configure(EntityTypeBuilder<ElectoralDistrict> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(d => d.Name).HasMaxLength(50);
        builder.HasOne<Term>().WithMany().HasForeignKey(d => d.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TermId, d.Name }).IsUnique();
        builder.HasIndex(d => d.TownshipId);
        builder.ToTable(t => t.HasCheckConstraint("ck_electoral_districts_seats", "seats BETWEEN 1 AND 3"));
    }
}
