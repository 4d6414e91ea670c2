using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class PresidiumMemberConfiguration : IEntityTypeConfiguration<PresidiumMember>
{
    public void Configure(EntityTypeBuilder<PresidiumMember> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Ignore(p => p.Period);
        builder.HasOne<Term>().WithMany().HasForeignKey(p => p.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(p => p.DeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TermId, p.DeputyId, p.ServesFrom }).IsUnique();
        builder.HasIndex(p => p.TownshipId);
    }
}
