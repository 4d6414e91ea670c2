namespace DeputyPortal.Domain.Compliance;

/// <summary>A rule's status and the numbers behind it (<see cref="RuleOutcome"/>'s Required, Counted and Total), without the offenders.</summary>
public sealed record RuleTally(ComplianceStatus Status, int Required, int Counted, int Total);

/// <summary>
/// The decisions of the quarterly rules (R1, R2, R3, R4, R7) from their counts. The evaluators of
/// <see cref="QuarterlyCompliance"/> count from the facts of one township and quarter and decide here; the OData feed
/// counts the same things in SQL for every township and quarter at once and decides here too, so a status cannot be
/// decided two ways.
/// </summary>
public static class QuarterlyTallies
{
    /// <summary>R1: met with no deadline in the quarter; otherwise due by the earliest missed deadline, or the latest one.</summary>
    public static RuleTally RepliesOnTime(int due, int onTime, DateOnly? earliestMissedDue, DateOnly? latestDue, DateOnly today) =>
        due == 0
            ? new RuleTally(ComplianceStatus.Met, 0, 0, 0)
            : new RuleTally(ComplianceStatuses.Decide(onTime == due, earliestMissedDue ?? latestDue!.Value, today), due, onTime, due);

    /// <summary>
    /// R2: met with no session closed in the quarter; otherwise due by the earliest missed assignment date, or the
    /// latest expected one (the last close plus the township's months when no proposal was registered).
    /// </summary>
    public static RuleTally SessionProposalsAssigned(int closedSessions, int proposals, int onTime, DateOnly? earliestMissedDue, DateOnly latestDue, DateOnly today) =>
        closedSessions == 0
            ? new RuleTally(ComplianceStatus.Met, 0, 0, 0)
            : new RuleTally(ComplianceStatuses.Decide(onTime == proposals, earliestMissedDue ?? latestDue, today), proposals, onTime, proposals);

    /// <summary>R3: at least <paramref name="required"/> regular meetings with a quorum among those <paramref name="held"/>.</summary>
    public static RuleTally RegularMeetingsHeld(Quarter quarter, int required, int counted, int held, DateOnly today) =>
        new(ComplianceStatuses.Decide(counted >= required, quarter.End, today), required, counted, held);

    /// <summary>R4: every group held to the quarter active enough.</summary>
    public static RuleTally GroupsActive(Quarter quarter, int groups, int active, DateOnly today) =>
        new(ComplianceStatuses.Decide(active == groups, quarter.End, today), groups, active, groups);

    /// <summary>R7: every deputy held to the quarter in touch enough, with enough constituents.</summary>
    public static RuleTally DeputiesInTouch(Quarter quarter, int deputies, int inTouch, DateOnly today) =>
        new(ComplianceStatuses.Decide(inTouch == deputies, quarter.End, today), deputies, inTouch, deputies);
}
