using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Proposals;

public enum WarningColor
{
    [Label("绿")]
    Green,

    [Label("黄")]
    Yellow,

    [Label("红")]
    Red,
}

/// <summary>
/// The three-colour warning (三色预警) of a proposal awaiting its reply: green with more than the yellow threshold
/// left, yellow within it, red within the red threshold or past the deadline. A proposal not awaiting a reply has none.
/// </summary>
public sealed record ProposalWarning(WarningColor Color, int DaysLeft)
{
    public bool IsOverdue => DaysLeft < 0;

    public int DaysOverdue => Math.Max(0, -DaysLeft);

    public static bool AwaitsReply(ProposalStatus status) => status is ProposalStatus.Assigned or ProposalStatus.Rehandling;

    public static ProposalWarning? For(ProposalStatus status, DateOnly? dueOn, DateOnly today, ProposalRules rules)
    {
        if (!AwaitsReply(status) || dueOn is null)
        {
            return null;
        }

        var daysLeft = dueOn.Value.DayNumber - today.DayNumber;
        var color = daysLeft <= rules.RedWarningDays ? WarningColor.Red
            : daysLeft <= rules.YellowWarningDays ? WarningColor.Yellow
            : WarningColor.Green;
        return new ProposalWarning(color, daysLeft);
    }
}
