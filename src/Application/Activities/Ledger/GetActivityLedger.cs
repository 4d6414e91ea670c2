using System.Globalization;
using DeputyPortal.Application.Activities.List;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Imports;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace DeputyPortal.Application.Activities.Ledger;

/// <summary>
/// 活动台账: every activity the filters select (the filters of <see cref="ListActivities"/>, no paging), one row each,
/// as an .xlsx workbook. An office report like the proposal ledger: secretaries, presidium members and county staff.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff)]
public sealed record GetActivityLedger(
    Guid? TownshipId = null,
    Guid? TermId = null,
    ActivityKind? Kind = null,
    bool? Supervision = null,
    Guid? GroupId = null,
    Guid? DeputyId = null,
    Guid? UnitId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool? HasOpenRectification = null,
    string? Sort = null,
    bool? HasOverdueRectification = null) : IQuery<SpreadsheetFile>, IActivityFilter
{
    public const string FileName = "活动台账.xlsx";
}

public sealed class GetActivityLedgerValidator : AbstractValidator<GetActivityLedger>
{
    public GetActivityLedgerValidator()
    {
        Include(new ActivityFilterValidator());
        RuleFor(q => q.Sort).KnownSortKey(ActivitySort.Keys.Keys);
    }
}

public sealed class GetActivityLedgerHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetActivityLedger, SpreadsheetFile>
{
    private const string SheetName = "活动台账";

    public async ValueTask<SpreadsheetFile> Handle(GetActivityLedger query, CancellationToken cancellationToken)
    {
        var activities = ActivityFilter.Apply(db.Activities.AsNoTracking(), query, clock.TodayInChina());
        var count = await activities.CountAsync(cancellationToken);
        SpreadsheetFile.RequireLedgerWithinLimit(count, "活动", "项", "按届次或日期");

        var rows = await ActivitySort.Keys.Apply(activities, query.Sort, ActivitySort.Default)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var names = await ActivityNames.LoadAsync(db, rows, cancellationToken);
        var today = clock.TodayInChina();
        var lines = rows.Select((a, i) => ToRow(i + 1, a, names, today)).ToList();

        return await SpreadsheetFile.WriteAsync(GetActivityLedger.FileName, SheetName, lines, cancellationToken);
    }

    private static ActivityLedgerRow ToRow(int rowNumber, Activity a, ActivityNames names, DateOnly today) => new()
    {
        RowNumber = rowNumber,
        Date = a.EndsOn == a.StartsOn ? Format(a.StartsOn) : $"{Format(a.StartsOn)}至{Format(a.EndsOn)}",
        Kind = a.Kind.Label(),
        Supervision = a.Kind.IsSupervision() ? "是" : "否",
        Title = a.Title,
        Place = a.Place,
        Group = names.Group(a.OrganizingGroupId),
        SubjectUnits = string.Join("、", a.SubjectUnits.Select(u => names.Unit(u.HandlingUnitId)).Order(StringComparer.Ordinal)),
        Expected = a.Participants.Count,
        Present = a.PresentCount,
        Absent = a.Participants.Count(p => p.Attendance == Attendance.Absent),
        OnLeave = a.Participants.Count(p => p.Attendance == Attendance.OnLeave),
        Findings = a.Findings,
        Tallies = a.Tallies.Count == 0 ? null : string.Join("；", a.Tallies.OrderBy(t => names.Unit(t.HandlingUnitId), StringComparer.Ordinal).Select(t =>
            $"{names.Unit(t.HandlingUnitId)}：满意{t.Satisfied}、基本满意{t.BasicallySatisfied}、不满意{t.Dissatisfied}")),
        RectificationItems = a.RectificationItems.Count,
        Completed = a.RectificationItems.Count(r => r.Status == RectificationStatus.Completed),
        NotCompleted = a.RectificationItems.Count(r => r.Status != RectificationStatus.Completed),
        Overdue = a.RectificationItems.Count(r => r.IsOverdue(today)),
    };

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
