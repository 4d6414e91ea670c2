using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Compliance.Quarterly;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Compliance;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Compliance;

/// <summary>
/// The one place the compliance answers are put together: it reads the township's facts for a quarter (a few
/// queries, nothing tracked) and hands them to the domain's evaluators. The JSON answer and the Excel report both
/// come from here. The township is read through the caller's scope, so another township is not found (404).
/// </summary>
internal static class TownshipCompliance
{
    public static async Task<TownshipComplianceDto> EvaluateAsync(
        IAppDbContext db, TimeProvider clock, Guid townshipId, int? year, int? quarterNumber, CancellationToken ct)
    {
        var today = clock.TodayInChina();
        var quarter = new Quarter(year ?? today.Year, quarterNumber ?? Quarter.Of(today).Number);
        var township = await db.Townships.AsNoTracking().GetAsync(townshipId, "乡镇", ct);
        var (rules, sessionAssignmentMonths) = await db.ComplianceSettingsForAsync(township.Id, ct);
        var facts = await LoadAsync(db, township.Id, quarter, ct);

        return new TownshipComplianceDto(
            township.Id,
            township.Name,
            quarter.Year,
            quarter.Number,
            quarter.Name,
            quarter.Start,
            quarter.End,
            today,
            [
                RuleOutcomeDto.From(QuarterlyCompliance.RepliesOnTime(quarter, facts.Deadlines, today)),
                RuleOutcomeDto.From(QuarterlyCompliance.SessionProposalsAssigned(quarter, facts.Sessions, facts.Proposals, sessionAssignmentMonths, today)),
                RuleOutcomeDto.From(QuarterlyCompliance.RegularMeetingsHeld(quarter, facts.Meetings, rules, today)),
                RuleOutcomeDto.From(QuarterlyCompliance.GroupsActive(quarter, facts.Terms, facts.Groups, rules, today)),
                RuleOutcomeDto.From(QuarterlyCompliance.DeputiesInTouch(quarter, facts.Terms, facts.Deputies, rules, today)),
            ],
            [RuleOutcomeDto.From(YearlyCompliance.SessionsHeld(quarter.Year, facts.Terms, facts.Sessions, rules, today))],
            new ComplianceSettingsDto(rules, sessionAssignmentMonths));
    }

    private static async Task<Facts> LoadAsync(IAppDbContext db, Guid townshipId, Quarter quarter, CancellationToken ct)
    {
        var (start, end) = (quarter.Start, quarter.End);
        var terms = (await db.Terms.AsNoTracking().Where(t => t.TownshipId == townshipId).ToListAsync(ct))
            .Select(t => new TermFact(t.Id, t.Name, t.StartsOn, t.EndsOn, t.ElectedOn))
            .ToList();
        var termIds = terms.Where(t => t.Overlaps(start, end)).Select(t => t.Id).ToList();
        var sessions = (await db.CongressSessions.AsNoTracking().Where(s => s.TownshipId == townshipId).ToListAsync(ct))
            .Select(s => new SessionFact(s.Id, s.TermId, s.Number, s.Name, s.OpenedOn, s.ClosedOn))
            .ToList();
        var closedIds = sessions.Where(s => s.ClosedOn is { } on && quarter.Contains(on)).Select(s => (Guid?)s.Id).ToList();

        var proposals = closedIds.Count == 0 ? [] : await db.Proposals.AsNoTracking()
            .Where(p => p.TownshipId == townshipId && closedIds.Contains(p.SessionId))
            .Select(p => new SessionProposalFact(p.Id, p.SessionId!.Value, p.Number, p.Title, p.Status, p.AssignedOn, p.AssignmentExpectedBy))
            .ToListAsync(ct);
        var deadlines = await db.Proposals.AsNoTracking()
            .Where(p => p.TownshipId == townshipId && p.DueOn >= start && p.DueOn <= end)
            .Select(p => new ReplyDeadlineFact(p.Id, p.Number, p.Title, p.Status, p.DueOn!.Value, p.LastRepliedOn))
            .ToListAsync(ct);
        var meetings = (await QuarterFactQueries.MeetingsAsync(db, [townshipId], quarter, ct))[townshipId].ToList();
        var groups = await QuarterFactQueries.GroupsAsync(db, [townshipId], termIds, quarter, ct);
        var deputies = await QuarterFactQueries.DeputiesAsync(db, [townshipId], termIds, quarter, ct);

        return new Facts(terms, sessions, proposals, deadlines, meetings, groups, deputies);
    }

    private sealed record Facts(
        List<TermFact> Terms,
        List<SessionFact> Sessions,
        List<SessionProposalFact> Proposals,
        List<ReplyDeadlineFact> Deadlines,
        List<MeetingFact> Meetings,
        List<GroupFact> Groups,
        List<DeputyFact> Deputies);
}

/// <summary>The period asked for: a year from 2000 to 2100 and a quarter from 1 to 4; either left out means today's (Asia/Shanghai).</summary>
internal sealed class QuarterValidator<T> : AbstractValidator<T>
    where T : ICompliancePeriod
{
    public QuarterValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithErrorCode("Range").WithMessage("{PropertyName}须在2000至2100之间。").WithName("年度");
        RuleFor(q => q.Quarter).InclusiveBetween(1, 4).WithErrorCode("Range").WithMessage("{PropertyName}须在1至4之间。").WithName("季度");
    }
}

/// <summary>A request for a township's compliance in one quarter.</summary>
public interface ICompliancePeriod
{
    Guid TownshipId { get; }

    int? Year { get; }

    int? Quarter { get; }
}
