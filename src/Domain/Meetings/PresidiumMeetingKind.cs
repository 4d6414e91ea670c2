using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Meetings;

/// <summary>A regular meeting (例会) counts for R3; an extraordinary one (临时会议) does not.</summary>
public enum PresidiumMeetingKind
{
    [Label("例会")] Regular,
    [Label("临时会议")] Extraordinary,
}
