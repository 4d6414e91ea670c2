using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Domain.Compliance;

// The plain facts the compliance rules are decided from. The application reads them from the database in one
// place (the compliance loader); the evaluators pick what lies in the period themselves, so the edges of a period
// are decided here. R4's and R7's facts are counts (a township's quarter holds thousands of participations and
// contacts): the loader counts them over the quarter's own Start and End, and the rules judge the counts.

/// <summary>A term (届) of the township: its groups and deputies are held to R4 and R7 in the quarters it overlaps.</summary>
/// <param name="ElectedOn">The election date; a new term's first session is due within some months of it (R6), or of its start when not recorded.</param>
public sealed record TermFact(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, DateOnly? ElectedOn)
{
    public bool Overlaps(DateOnly from, DateOnly to) => StartsOn <= to && EndsOn >= from;
}

/// <summary>A session (人代会第N次会议) of a term, with the dates it opened and closed, if recorded.</summary>
public sealed record SessionFact(Guid Id, Guid TermId, int Number, string Name, DateOnly? OpenedOn, DateOnly? ClosedOn);

/// <summary>A proposal raised at a session (R2): when it was assigned, and the assignment date it was expected by, if already set.</summary>
public sealed record SessionProposalFact(
    Guid Id, Guid SessionId, string? Number, string Title, ProposalStatus Status, DateOnly? AssignedOn, DateOnly? AssignmentExpectedBy);

/// <summary>
/// A proposal with a reply deadline (R1): the deadline in force (<see cref="Proposal.DueOn"/>: set at assignment, moved
/// by an approved extension or by rehandling), its state, and the day of its last reply.
/// </summary>
public sealed record ReplyDeadlineFact(Guid Id, string? Number, string Title, ProposalStatus Status, DateOnly DueOn, DateOnly? LastRepliedOn)
{
    /// <summary>
    /// The day the deadline's round was replied, or null while it awaits the reply: in rehandling the last reply is the
    /// first round's, which the new deadline does not judge.
    /// </summary>
    public DateOnly? RepliedOn => ProposalWarning.AwaitsReply(Status) ? null : LastRepliedOn;
}

/// <summary>A presidium meeting (R3) on its Asia/Shanghai date, its kind and whether it had a quorum.</summary>
public sealed record MeetingFact(Guid Id, DateOnly HeldOn, PresidiumMeetingKind Kind, bool HasQuorum, int PresentCount, int QuorumRequired)
{
    /// <summary>The test of <see cref="PresidiumMeeting.CountsForRegularMeetingRule"/>: a regular meeting with a quorum.</summary>
    public bool CountsForRegularMeetingRule => Kind == PresidiumMeetingKind.Regular && HasQuorum;
}

/// <summary>
/// A representative group (R4) in the quarter judged, counted by the loader in SQL over the quarter's days
/// (<see cref="Quarter.Start"/> to <see cref="Quarter.End"/>, by the day an activity started): the activities it
/// organised, and how many of them at least one of its own members attended (present). Only those count for R4.
/// </summary>
public sealed record GroupFact(Guid Id, Guid TermId, string Name, int ActivitiesOrganised, int ActivitiesAttendedByMember);

/// <summary>
/// A deputy (R7) in the quarter judged: when their mandate ended, if it did, how many active constituents are assigned
/// to them now (the assignment has no history, so a past quarter is judged by today's list), and how many contacts
/// they logged dated within the quarter (<see cref="Quarter.Start"/> to <see cref="Quarter.End"/>, counted by the loader).
/// </summary>
public sealed record DeputyFact(Guid Id, Guid TermId, string Name, DateOnly? TerminatedOn, int ActiveConstituents, int ContactsInQuarter);

/// <summary>
/// A deputy held to R5 in a term: when their mandate ended, if it did. The model records no election date per deputy
/// (a deputy elected in a by-election, 补选, is recorded like any other), so every deputy's period starts with the term.
/// </summary>
public sealed record ReportingDeputyFact(Guid Id, string Name, DateOnly? TerminatedOn);

/// <summary>A performance review (述职评议, R5): the deputy who reported to voters, and the day.</summary>
public sealed record VoterReportFact(Guid DeputyId, DateOnly HeldOn);

/// <summary>A deputy elected for a term as R10 counts them: the fields of the structure, nothing personal beyond the birth date's age.</summary>
public sealed record StructureDeputyFact(
    Guid Id,
    Deputies.Gender Gender,
    DateOnly BirthDate,
    string Ethnicity,
    Deputies.PartyAffiliation Party,
    Deputies.OccupationCategory Occupation,
    bool IsReelected,
    DateOnly? TerminatedOn);
