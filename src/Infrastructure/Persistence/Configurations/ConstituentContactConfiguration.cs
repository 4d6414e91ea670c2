using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ConstituentContactConfiguration : IEntityTypeConfiguration<ConstituentContact>
{
    public void Configure(EntityTypeBuilder<ConstituentContact> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(c => c.Summary).HasMaxLength(ConstituentContact.SummaryMaxLength);
        builder.Property(c => c.OtherPerson).HasMaxLength(ConstituentContact.PersonMaxLength);
        builder.HasOne<Term>().WithMany().HasForeignKey(c => c.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(c => c.DeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TownshipId, c.ContactedOn, c.Id });
        // Covering: a deputy's contacts in a period (profiles, R7) and their ids for the constituents reached, from the index alone.
        builder.HasIndex(c => new { c.DeputyId, c.ContactedOn }).IncludeProperties(c => c.Id);

        builder.OwnsMany(c => c.Constituents, constituents =>
        {
            constituents.ToTable("contact_constituents");
            constituents.WithOwner().HasForeignKey(c => c.ContactId);
            constituents.HasKey(c => new { c.ContactId, c.ConstituentId });
            constituents.HasOne<Constituent>().WithMany().HasForeignKey(c => c.ConstituentId).OnDelete(DeleteBehavior.Restrict);
            constituents.HasIndex(c => c.ConstituentId);
        });
        builder.OwnsMany(c => c.Concerns, concerns =>
        {
            concerns.ToTable("contact_concerns");
            concerns.WithOwner().HasForeignKey(c => c.ContactId);
            concerns.HasKey(c => c.Id);
            concerns.Property(c => c.Id).ValueGeneratedNever();
            concerns.Property(c => c.Text).HasMaxLength(ContactConcern.TextMaxLength);
            concerns.HasIndex(c => new { c.ContactId, c.Position }).IsUnique();
            concerns.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(c => c.Constituents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Concerns).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
