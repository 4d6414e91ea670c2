using DeputyPortal.Application.Activities.List;
using DeputyPortal.Application.Compliance;
using DeputyPortal.Application.Meetings.List;
using DeputyPortal.Application.Proposals.List;

namespace DeputyPortal.Application.Workbench;

/// <summary>
/// 工作台: what needs doing now in the caller's township, as of <see cref="Today"/> (Asia/Shanghai). Every count
/// carries the list request it was counted with, so a link to the list shows exactly the rows counted.
/// </summary>
public sealed record WorkbenchDto(
    Guid TownshipId,
    string TownshipName,
    DateOnly Today,
    WorkbenchProposalCount ToRegister,
    WorkbenchProposalCount ToAssign,
    IReadOnlyList<SessionAssignmentDeadline> SessionDeadlines,
    WorkbenchProposalCount AwaitingReassignment,
    WorkbenchProposalCount Overdue,
    IReadOnlyList<WorkbenchProposalCount> OverdueByDays,
    WorkbenchProposalCount Red,
    WorkbenchProposalCount ExtensionsToDecide,
    WorkbenchProposalCount RatingsAwaited,
    OverdueRectificationCount OverdueRectifications,
    OverdueDecisionCount OverdueDecisions,
    TownshipComplianceDto Compliance);

/// <summary>How many proposals <see cref="Filter"/> selects today: the list with that filter shows exactly these.</summary>
public sealed record WorkbenchProposalCount(string Label, int Count, ListProposals Filter);

/// <summary>Rectification items (整改事项) overdue today, and the activities they came from (what <see cref="Filter"/> lists).</summary>
public sealed record OverdueRectificationCount(int Items, int Activities, ListActivities Filter);

/// <summary>Meeting decisions whose follow-up (落实) is overdue today, and their meetings (what <see cref="Filter"/> lists).</summary>
public sealed record OverdueDecisionCount(int Decisions, int Meetings, ListPresidiumMeetings Filter);

/// <summary>
/// R2 for a closed session whose proposals are not all assigned yet: the day they should be assigned by, and how many
/// still wait to be registered or assigned.
/// </summary>
public sealed record SessionAssignmentDeadline(
    Guid SessionId, string SessionName, DateOnly ClosedOn, DateOnly AssignBy, int ToRegister, int ToAssign, bool IsPast);
