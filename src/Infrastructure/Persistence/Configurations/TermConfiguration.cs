using DeputyPortal.Domain.Terms;
using DeputyPortal.Domain.Townships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Ignore(t => t.Name);
        builder.Ignore(t => t.Period);
        builder.HasOne<Township>().WithMany().HasForeignKey(t => t.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.TownshipId, t.Number }).IsUnique();
    }
}
