using DeputyPortal.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal static class EntityConfigurationExtensions
{
    /// <summary>Keys the entity by its id and maps <see cref="Entity.Version"/> to PostgreSQL's xmin for optimistic concurrency.</summary>
    public static void HasIdentityAndVersion<T>(this EntityTypeBuilder<T> builder)
        where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsRowVersion();
    }
}
