using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Activities;
using FluentValidation;

namespace DeputyPortal.Application.Activities.List;

/// <summary>The filters the activity list and the activity ledger share; all optional.</summary>
public interface IActivityFilter
{
    Guid? TownshipId { get; }

    Guid? TermId { get; }

    ActivityKind? Kind { get; }

    /// <summary>true: the six supervision kinds (监督活动); false: the other deputy activities.</summary>
    bool? Supervision { get; }

    /// <summary>Activities this representative group organized.</summary>
    Guid? GroupId { get; }

    /// <summary>Activities this deputy is listed in (whatever their attendance).</summary>
    Guid? DeputyId { get; }

    /// <summary>Activities that looked at this unit or gave it a rectification item.</summary>
    Guid? UnitId { get; }

    /// <summary>First day on or after.</summary>
    DateOnly? From { get; }

    /// <summary>First day on or before.</summary>
    DateOnly? To { get; }

    /// <summary>true: at least one rectification item not completed; false: none.</summary>
    bool? HasOpenRectification { get; }

    /// <summary>true: at least one rectification item overdue today (<see cref="OverdueFollowUps.Rectification"/>); false: none.</summary>
    bool? HasOverdueRectification { get; }
}

public static class ActivityFilter
{
    private static readonly ActivityKind[] SupervisionKinds = Enum.GetValues<ActivityKind>().Where(k => k.IsSupervision()).ToArray();

    /// <summary>Narrows the activities the caller may see (the query filter scopes them) to those asked for; all in SQL.</summary>
    public static IQueryable<Activity> Apply(IQueryable<Activity> activities, IActivityFilter filter, DateOnly today)
    {
        var overdue = OverdueFollowUps.Rectification(today);
        return Narrow(activities, filter)
            .WhereIf(filter.HasOverdueRectification is not null, a =>
                a.RectificationItems.AsQueryable().Any(overdue) == filter.HasOverdueRectification);
    }

    private static IQueryable<Activity> Narrow(IQueryable<Activity> activities, IActivityFilter filter) => activities
        .WhereIf(filter.TownshipId is not null, a => a.TownshipId == filter.TownshipId)
        .WhereIf(filter.TermId is not null, a => a.TermId == filter.TermId)
        .WhereIf(filter.Kind is not null, a => a.Kind == filter.Kind)
        .WhereIf(filter.Supervision == true, a => SupervisionKinds.Contains(a.Kind))
        .WhereIf(filter.Supervision == false, a => !SupervisionKinds.Contains(a.Kind))
        .WhereIf(filter.GroupId is not null, a => a.OrganizingGroupId == filter.GroupId)
        .WhereIf(filter.DeputyId is not null, a => a.Participants.Any(p => p.DeputyId == filter.DeputyId))
        .WhereIf(
            filter.UnitId is not null,
            a => a.SubjectUnits.Any(u => u.HandlingUnitId == filter.UnitId) || a.RectificationItems.Any(r => r.ResponsibleUnitId == filter.UnitId))
        .WhereIf(filter.From is not null, a => a.StartsOn >= filter.From)
        .WhereIf(filter.To is not null, a => a.StartsOn <= filter.To)
        .WhereIf(filter.HasOpenRectification is not null, a =>
            a.RectificationItems.Any(r => r.Status != RectificationStatus.Completed) == filter.HasOpenRectification);
}

public sealed class ActivityFilterValidator : AbstractValidator<IActivityFilter>
{
    public ActivityFilterValidator()
    {
        RuleFor(q => q.Kind).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("活动类别");
        RuleFor(q => q.To)
            .Must((q, to) => to is null || q.From is null || to >= q.From)
            .WithErrorCode("DateRangeInOrder")
            .WithMessage("活动日期的截止日不能早于起始日。")
            .WithName("活动日期");
    }
}

/// <summary>The sort keys of activity lists; the latest first unless asked otherwise.</summary>
public static class ActivitySort
{
    public const string Default = "-startsOn";

    internal static readonly SortMap<Activity> Keys = new SortMap<Activity>(a => a.Id)
        .Add("startsOn", a => a.StartsOn)
        .Add("title", a => a.Title)
        .Add("kind", a => a.Kind);
}
