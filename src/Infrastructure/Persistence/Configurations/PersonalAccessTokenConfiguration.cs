using DeputyPortal.Domain.AccessTokens;
using DeputyPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(t => t.Name).HasMaxLength(PersonalAccessToken.NameMaxLength);
        builder.Property(t => t.Hash).HasMaxLength(64).IsFixedLength();

        // Every feed request finds its token by hash.
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => new { t.UserId, t.CreatedAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
