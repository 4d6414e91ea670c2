using DeputyPortal.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Proposals;

/// <summary>
/// The names shown beside the ids a proposal holds: deputies, handling units, sessions and supervisors. Loaded in
/// one query per kind for a whole page, list or ledger; read through the caller's scope like everything else.
/// </summary>
public sealed class ProposalNames
{
    public const string BetweenSessions = "闭会期间";

    private readonly Dictionary<Guid, string> _deputies;
    private readonly Dictionary<Guid, string> _units;
    private readonly Dictionary<Guid, string> _sessions;
    private readonly Dictionary<Guid, Guid> _supervisorDeputies;

    private ProposalNames(
        Dictionary<Guid, string> deputies, Dictionary<Guid, string> units, Dictionary<Guid, string> sessions, Dictionary<Guid, Guid> supervisorDeputies) =>
        (_deputies, _units, _sessions, _supervisorDeputies) = (deputies, units, sessions, supervisorDeputies);

    public static async Task<ProposalNames> LoadAsync(
        IAppDbContext db,
        IEnumerable<Guid> deputyIds,
        IEnumerable<Guid?> unitIds,
        IEnumerable<Guid?> sessionIds,
        IEnumerable<Guid?> supervisorIds,
        CancellationToken ct)
    {
        var supervisors = Ids(supervisorIds);
        var supervisorDeputies = supervisors.Count == 0 ? [] : await db.PresidiumMembers.Where(m => supervisors.Contains(m.Id))
            .Select(m => new { m.Id, m.DeputyId })
            .ToDictionaryAsync(m => m.Id, m => m.DeputyId, ct);

        var deputies = deputyIds.Concat(supervisorDeputies.Values).Distinct().ToList();
        var deputyNames = await db.Deputies.Where(d => deputies.Contains(d.Id))
            .Select(d => new { d.Id, d.Name })
            .ToDictionaryAsync(d => d.Id, d => d.Name, ct);

        var units = Ids(unitIds);
        var unitNames = units.Count == 0 ? [] : await db.HandlingUnits.Where(u => units.Contains(u.Id))
            .Select(u => new { u.Id, u.Name })
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        // A session's name (第N次会议) is computed from its number, so the rows are read whole.
        var sessions = Ids(sessionIds);
        var sessionNames = sessions.Count == 0 ? [] : (await db.CongressSessions.AsNoTracking().Where(s => sessions.Contains(s.Id)).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => s.Name);

        return new ProposalNames(deputyNames, unitNames, sessionNames, supervisorDeputies);
    }

    public string Deputy(Guid id) => _deputies.GetValueOrDefault(id, string.Empty);

    public string? Unit(Guid? id) => id is { } unitId ? _units.GetValueOrDefault(unitId, string.Empty) : null;

    public string Session(Guid? id) => id is { } sessionId ? _sessions.GetValueOrDefault(sessionId, string.Empty) : BetweenSessions;

    public string? Supervisor(Guid? presidiumMemberId) =>
        presidiumMemberId is { } id && _supervisorDeputies.TryGetValue(id, out var deputyId) ? Deputy(deputyId) : null;

    private static List<Guid> Ids(IEnumerable<Guid?> ids) => ids.OfType<Guid>().Distinct().ToList();
}
