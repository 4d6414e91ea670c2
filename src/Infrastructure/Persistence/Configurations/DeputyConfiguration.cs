using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class DeputyConfiguration : IEntityTypeConfiguration<Deputy>
{
    public void Configure(EntityTypeBuilder<Deputy> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Ignore(d => d.IsServing);
        builder.Ignore(d => d.Profile);
        builder.Property(d => d.Name).HasMaxLength(Deputy.NameMaxLength);
        builder.Property(d => d.Ethnicity).HasMaxLength(20);
        builder.Property(d => d.Phone).HasMaxLength(20);
        builder.Property(d => d.TerminationReason).HasMaxLength(Deputy.TerminationReasonMaxLength);
        builder.HasOne<Term>().WithMany().HasForeignKey(d => d.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ElectoralDistrict>().WithMany().HasForeignKey(d => d.DistrictId).OnDelete(DeleteBehavior.Restrict);

        // The roster import's natural key: one person (name and birth date) is elected once per term.
        builder.HasIndex(d => new { d.TermId, d.Name, d.BirthDate }).IsUnique();
        builder.HasIndex(d => new { d.TownshipId, d.Name });

        // The county-wide roster sorts by name (id breaks ties): read in index order instead of sorting the table.
        builder.HasIndex(d => new { d.Name, d.Id });
    }
}
