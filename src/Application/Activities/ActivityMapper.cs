using DeputyPortal.Domain.Activities;

namespace DeputyPortal.Application.Activities;

/// <summary>
/// Activity to DTO by hand rather than Mapperly: almost every member is a name looked up beside an id or a figure
/// computed for today, which a generated mapper would leave to a hand-written part anyway. Parts are stored without
/// an order of their own, so units and deputies are listed by name (rectification items keep their position).
/// </summary>
public static class ActivityMapper
{
    public static ActivityDto ToDto(this Activity activity, ActivityNames names, DateOnly today) => new()
    {
        Id = activity.Id,
        TownshipId = activity.TownshipId,
        TermId = activity.TermId,
        Kind = activity.Kind,
        IsSupervision = activity.Kind.IsSupervision(),
        Title = activity.Title,
        StartsOn = activity.StartsOn,
        EndsOn = activity.EndsOn,
        Place = activity.Place,
        OrganizingGroupId = activity.OrganizingGroupId,
        OrganizingGroupName = names.Group(activity.OrganizingGroupId),
        Findings = activity.Findings,
        SubjectUnits = activity.SubjectUnits.Select(u => new ActivityUnitDto(u.HandlingUnitId, names.Unit(u.HandlingUnitId)))
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .ToList(),
        Participants = activity.Participants
            .Select(p => new ActivityParticipantDto(p.DeputyId, names.Deputy(p.DeputyId), p.Attendance, p.LeaveReason))
            .OrderBy(p => p.DeputyName, StringComparer.Ordinal)
            .ToList(),
        PresentCount = activity.PresentCount,
        Tallies = activity.Tallies.Select(t => new UnitTallyDto(
                t.HandlingUnitId, names.Unit(t.HandlingUnitId), t.Satisfied, t.BasicallySatisfied, t.Dissatisfied, t.Total, SatisfactionRate(t)))
            .OrderBy(t => t.UnitName, StringComparer.Ordinal)
            .ToList(),
        RectificationItems = activity.RectificationItems.Select(r => new RectificationItemDto(
                r.Id, r.Position, r.Description, r.ResponsibleUnitId, names.Unit(r.ResponsibleUnitId), r.DueOn, r.Status, r.CompletedOn, r.Evidence, r.IsOverdue(today)))
            .ToList(),
        OpenRectificationCount = activity.RectificationItems.Count(r => r.Status != RectificationStatus.Completed),
        IsOverdue = activity.RectificationItems.Any(r => r.IsOverdue(today)),
        Version = activity.Version,
    };

    /// <summary>满意率: (满意 + 基本满意) ÷ all votes, four places; null when nobody voted.</summary>
    public static decimal? SatisfactionRate(UnitTally tally) =>
        tally.Total == 0 ? null : Math.Round((decimal)(tally.Satisfied + tally.BasicallySatisfied) / tally.Total, 4, MidpointRounding.AwayFromZero);
}
