using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Activities;

/// <summary>The names shown beside the ids activities hold, loaded in one query per kind for a whole page or ledger.</summary>
public sealed class ActivityNames
{
    private readonly Dictionary<Guid, string> _deputies;
    private readonly Dictionary<Guid, string> _units;
    private readonly Dictionary<Guid, string> _groups;

    private ActivityNames(Dictionary<Guid, string> deputies, Dictionary<Guid, string> units, Dictionary<Guid, string> groups) =>
        (_deputies, _units, _groups) = (deputies, units, groups);

    /// <summary>
    /// Read through the caller's scope like everything else: every reader of an activity reads its township's
    /// deputies, units and groups (or all townships').
    /// </summary>
    public static async Task<ActivityNames> LoadAsync(IAppDbContext db, IReadOnlyCollection<Activity> activities, CancellationToken ct)
    {
        var deputyIds = activities.SelectMany(a => a.Participants).Select(p => p.DeputyId).Distinct().ToList();
        var unitIds = activities.SelectMany(a => a.SubjectUnits.Select(u => u.HandlingUnitId)
                .Concat(a.Tallies.Select(t => t.HandlingUnitId))
                .Concat(a.RectificationItems.Select(r => r.ResponsibleUnitId)))
            .Distinct()
            .ToList();
        var groupIds = activities.Select(a => a.OrganizingGroupId).OfType<Guid>().Distinct().ToList();

        var deputies = deputyIds.Count == 0 ? [] : await db.Deputies.Where(d => deputyIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Name })
            .ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var units = unitIds.Count == 0 ? [] : await db.HandlingUnits.Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name })
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var groups = groupIds.Count == 0 ? [] : await db.RepresentativeGroups.Where(g => groupIds.Contains(g.Id))
            .Select(g => new { g.Id, g.Name })
            .ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        return new ActivityNames(deputies, units, groups);
    }

    public string Deputy(Guid id) => _deputies.GetValueOrDefault(id, string.Empty);

    public string Unit(Guid id) => _units.GetValueOrDefault(id, string.Empty);

    public string? Group(Guid? id) => id is { } groupId ? _groups.GetValueOrDefault(groupId, string.Empty) : null;
}

public static class ActivityReading
{
    public const string Resource = "活动";

    /// <summary>An activity with its parts, or 404 if missing or out of the caller's scope.</summary>
    public static async Task<Activity> GetActivityAsync(this IAppDbContext db, Guid id, CancellationToken ct) =>
        await db.Activities.AsSplitQuery().GetAsync(id, Resource, ct);

    /// <summary>The activity for a change, loaded the one way (<see cref="IAppDbContext.LoadForChangeAsync{T}"/>).</summary>
    public static Task<Activity> GetActivityForChangeAsync(this IAppDbContext db, Guid id, uint expectedVersion, CancellationToken ct) =>
        db.LoadForChangeAsync<Activity>(id, expectedVersion, Resource, ct);

    public static async Task<ActivityDto> ToDtoAsync(this IAppDbContext db, Activity activity, DateOnly today, CancellationToken ct) =>
        activity.ToDto(await ActivityNames.LoadAsync(db, [activity], ct), today);
}
