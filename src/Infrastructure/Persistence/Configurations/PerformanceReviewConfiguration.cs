using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Reviews;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class PerformanceReviewConfiguration : IEntityTypeConfiguration<PerformanceReview>
{
    public void Configure(EntityTypeBuilder<PerformanceReview> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(r => r.Venue).HasMaxLength(PerformanceReview.VenueMaxLength);
        builder.Property(r => r.ReportText).HasMaxLength(PerformanceReview.ReportMaxLength);
        builder.Property(r => r.SatisfactionRate).HasPrecision(5, 4);
        builder.HasOne<Term>().WithMany().HasForeignKey(r => r.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(r => r.DeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ElectoralDistrict>().WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
        // The list's default sort (newest first), and a deputy's reviews (their own list, R5 to come).
        builder.HasIndex(r => new { r.TownshipId, r.HeldOn, r.Id });
        builder.HasIndex(r => new { r.DeputyId, r.HeldOn });
        builder.HasIndex(r => r.DistrictId);
        builder.Ignore(r => r.Tally);
    }
}
