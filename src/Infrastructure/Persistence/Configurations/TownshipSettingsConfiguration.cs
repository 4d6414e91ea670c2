using System.Text.Json;
using System.Text.Json.Serialization;
using DeputyPortal.Domain.Settings;
using DeputyPortal.Domain.Townships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class TownshipSettingsConfiguration : IEntityTypeConfiguration<TownshipSettings>
{
    public void Configure(EntityTypeBuilder<TownshipSettings> builder)
    {
        builder.HasIdentityAndVersion();
        builder.HasOne<Township>().WithOne().HasForeignKey<TownshipSettings>(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.TownshipId).IsUnique();
        builder.Ignore(s => s.Proposals);

        // One settings group per concern, each a jsonb column holding its domain record: a new number joins its
        // record, not a new column copied through the entity, the DTO and the command.
        builder.Property(s => s.Compliance).HasSettingsGroup("compliance");
        builder.Property(s => s.Reviews).HasSettingsGroup("reviews");
        builder.Property(s => s.VoterReports).HasSettingsGroup("voter_reports");
        builder.Property(s => s.TermStructure).HasSettingsGroup("term_structure");
        builder.Property(s => s.DutyScore).HasSettingsGroup("duty_score");
    }
}

internal static class SettingsGroupMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Stores a settings record as jsonb. The records are immutable and compare by value, so EF Core's default
    /// comparison sees a change exactly when a new record is set.
    /// </summary>
    public static PropertyBuilder<T> HasSettingsGroup<T>(this PropertyBuilder<T> property, string column)
        where T : class =>
        property
            .HasColumnName(column)
            .HasColumnType("jsonb")
            .HasConversion(v => JsonSerializer.Serialize(v, Json), s => JsonSerializer.Deserialize<T>(s, Json)!)
            .IsRequired();
}
