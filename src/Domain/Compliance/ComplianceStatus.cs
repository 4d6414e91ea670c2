using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Compliance;

/// <summary>DESIGN §4: met; breached (the period is over and it was not met); pending (still running, not yet met).</summary>
public enum ComplianceStatus
{
    [Label("已达标")] Met,
    [Label("未达标")] Breached,
    [Label("进行中")] Pending,
}

public static class ComplianceStatuses
{
    /// <summary>Met as soon as it is met; otherwise breached once the last day it could be met (<paramref name="dueBy"/>) has passed.</summary>
    public static ComplianceStatus Decide(bool met, DateOnly dueBy, DateOnly today) =>
        met ? ComplianceStatus.Met : today > dueBy ? ComplianceStatus.Breached : ComplianceStatus.Pending;

    /// <summary>Several answers as one: met when all are (or there are none), breached when any is, pending otherwise.</summary>
    public static ComplianceStatus Overall(IEnumerable<ComplianceStatus> statuses)
    {
        var all = statuses.ToList();
        return all.TrueForAll(s => s == ComplianceStatus.Met) ? ComplianceStatus.Met
            : all.Contains(ComplianceStatus.Breached) ? ComplianceStatus.Breached
            : ComplianceStatus.Pending;
    }
}
