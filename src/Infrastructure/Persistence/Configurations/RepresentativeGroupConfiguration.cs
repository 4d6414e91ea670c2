using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class RepresentativeGroupConfiguration : IEntityTypeConfiguration<RepresentativeGroup>
{
    public void Configure(EntityTypeBuilder<RepresentativeGroup> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(g => g.Name).HasMaxLength(RepresentativeGroup.NameMaxLength);
        builder.HasOne<Term>().WithMany().HasForeignKey(g => g.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(g => g.LeaderDeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PresidiumMember>().WithMany().HasForeignKey(g => g.LiaisonPresidiumMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.TermId, g.Name }).IsUnique();
        builder.HasIndex(g => g.TownshipId);

        // Memberships belong to the group (owned): they share its township filter and are saved with it.
        builder.OwnsMany(g => g.Members, members =>
        {
            members.ToTable("group_memberships");
            members.WithOwner().HasForeignKey(m => m.GroupId);
            members.HasKey(m => new { m.GroupId, m.DeputyId });
            members.HasOne<Deputy>().WithMany().HasForeignKey(m => m.DeputyId).OnDelete(DeleteBehavior.Restrict);
            members.HasIndex(m => m.DeputyId);
        });
        builder.Navigation(g => g.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
