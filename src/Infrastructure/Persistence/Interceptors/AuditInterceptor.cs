using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Auditing;
using DeputyPortal.Infrastructure.Persistence.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DeputyPortal.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every domain record added, changed or removed in a save, in the same
/// transaction: who, when, which record, and the changed values before and after.
/// The values are kept in full, personal data included, for accountability; no answer carries them today (an
/// architecture test keeps audit entries out of every answer, and /admin/audit/verify reports only counts and ids).
/// A reader of before/after added later must hand personal data out as <see cref="PersonalText"/>, as every answer does.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            AddAuditEntries(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            AddAuditEntries(context);
        }

        return base.SavingChanges(eventData, result);
    }

    private void AddAuditEntries(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => IsAudited(e.Metadata.ClrType))
            .Select(e => Describe(e, now))
            .OfType<AuditEntry>()
            .ToList();
        if (entries.Count > 0 && !user.IsSystem && user.UserId is null)
        {
            // Every change names who made it; nobody (anonymous, or code outside a request that did not begin a
            // system scope) makes none.
            throw new InvalidOperationException("A record cannot be changed by nobody: sign in, or act as the system through ISystemScopes.");
        }

        context.Set<AuditEntry>().AddRange(entries);
    }

    private static bool IsAudited(Type type) =>
        type.Namespace?.StartsWith("DeputyPortal.Domain", StringComparison.Ordinal) == true
        && type != typeof(AuditEntry)
        && type != typeof(IdempotencyRecord);

    private AuditEntry? Describe(EntityEntry entry, DateTime now)
    {
        var properties = entry.Properties
            .Where(p => !p.Metadata.IsConcurrencyToken && !p.Metadata.IsShadowProperty())
            .ToList();
        // A row written only to move its version (its parts changed) has no value of its own that changed.
        var changed = entry.State == EntityState.Modified
            ? properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList()
            : properties;
        if (changed.Count == 0)
        {
            return null;
        }

        var before = entry.State == EntityState.Added ? null : Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue));
        var after = entry.State == EntityState.Deleted ? null : Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
        var key = string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => FormatKey(entry.Property(p.Name).CurrentValue)));
        var action = entry.State switch
        {
            EntityState.Added => "Created",
            EntityState.Deleted => "Removed",
            _ => "Changed",
        };
        return AuditEntry.Record(now, user.UserId, user.UserName, entry.Metadata.ClrType.Name, key, action, before, after);
    }

    /// <summary>Key values in one culture-free form (dates as ISO 8601), so entries can be searched by key.</summary>
    private static string? FormatKey(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString(),
    };

    private static string Serialize(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, JsonOptions);
}
