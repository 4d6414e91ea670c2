using DeputyPortal.Domain.Terms;
using DeputyPortal.Infrastructure.Persistence.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ProposalNumberSeriesConfiguration : IEntityTypeConfiguration<ProposalNumberSeriesRow>
{
    public void Configure(EntityTypeBuilder<ProposalNumberSeriesRow> builder)
    {
        builder.ToTable("proposal_number_series");
        builder.HasKey(s => new { s.TownshipId, s.TermId, s.SessionPart, s.KindLetter });
        builder.Property(s => s.SessionPart).HasMaxLength(10);
        builder.Property(s => s.KindLetter).HasMaxLength(1);
        builder.HasOne<Term>().WithMany().HasForeignKey(s => s.TermId).OnDelete(DeleteBehavior.Restrict);
    }
}
