using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class CongressSessionConfiguration : IEntityTypeConfiguration<CongressSession>
{
    public void Configure(EntityTypeBuilder<CongressSession> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Ignore(s => s.Name);
        builder.HasOne<Term>().WithMany().HasForeignKey(s => s.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TermId, s.Number }).IsUnique();
        builder.HasIndex(s => s.TownshipId);
    }
}
