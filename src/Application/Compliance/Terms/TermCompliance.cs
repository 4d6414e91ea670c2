using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Reviews;
using DeputyPortal.Domain.Terms;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Compliance.Terms;

/// <summary>
/// The one place the per-term compliance answers (R5, R10, and a deputy's R7 over their term) are put together: it
/// reads the facts in a few queries, nothing tracked, and hands them to the domain's evaluators. The JSON answers and
/// the workbooks all come from here. Township, term and deputy are read through the caller's scope, so another
/// township's are not found (404).
/// </summary>
internal static class TermCompliance
{
    public const string TermResource = "届";
    public const string DeputyResource = "代表";

    /// <summary>The term asked for (it must be the township's), or the township's term current today, or its latest term.</summary>
    public static async Task<Term> ResolveTermAsync(IAppDbContext db, Guid townshipId, Guid? termId, DateOnly today, CancellationToken ct)
    {
        if (termId is { } id)
        {
            var term = await db.Terms.AsNoTracking().GetAsync(id, TermResource, ct);
            return term.TownshipId == townshipId ? term : throw new NotFoundException(TermResource, id);
        }

        var terms = await db.Terms.AsNoTracking().Where(t => t.TownshipId == townshipId && t.StartsOn <= today).ToListAsync(ct);
        return terms.Where(t => t.EndsOn >= today).MaxBy(t => t.StartsOn)
            ?? terms.MaxBy(t => t.StartsOn)
            ?? throw new NotFoundException(TermResource, "当前届");
    }

    public static TermFact Fact(Term term) => new(term.Id, term.Name, term.StartsOn, term.EndsOn, term.ElectedOn);

    /// <summary>R5 for every deputy of the term in the period of the year asked (a yearly setting), or of today.</summary>
    public static async Task<VoterReportsAnswer> VoterReportsAsync(
        IAppDbContext db, TimeProvider clock, Guid townshipId, Guid? termId, int? year, CancellationToken ct)
    {
        var today = clock.TodayInChina();
        var township = await db.Townships.AsNoTracking().GetAsync(townshipId, "乡镇", ct);
        var term = await ResolveTermAsync(db, township.Id, termId, today, ct);
        var rules = (await db.SettingsForAsync(township.Id, ct)).VoterReports;
        var fact = Fact(term);
        var period = ChoosePeriod(fact, rules.Period, year, today);
        var deputies = await db.Deputies.AsNoTracking()
            .Where(d => d.TownshipId == township.Id && d.TermId == term.Id)
            .Select(d => new ReportingDeputyFact(d.Id, d.Name, d.TerminatedOn))
            .ToListAsync(ct);
        var reports = await db.PerformanceReviews.AsNoTracking()
            .Where(r => r.TownshipId == township.Id && r.TermId == term.Id && r.HeldOn >= period.Start && r.HeldOn <= period.End)
            .Select(r => new VoterReportFact(r.DeputyId, r.HeldOn))
            .ToListAsync(ct);
        var perDeputy = VoterReportCompliance.OfDeputies(period, deputies, reports, today);
        return new VoterReportsAnswer(township.Id, township.Name, term, period, rules, today, perDeputy, VoterReportCompliance.OfTownship(period, perDeputy, today));
    }

    /// <summary>R10 for the term, compared with the township's previous term (number − 1) when one is recorded.</summary>
    public static async Task<TermStructureDto> StructureAsync(IAppDbContext db, TimeProvider clock, Guid townshipId, Guid? termId, CancellationToken ct)
    {
        var today = clock.TodayInChina();
        var township = await db.Townships.AsNoTracking().GetAsync(townshipId, "乡镇", ct);
        var term = await ResolveTermAsync(db, township.Id, termId, today, ct);
        var previous = await db.Terms.AsNoTracking().FirstOrDefaultAsync(t => t.TownshipId == township.Id && t.Number == term.Number - 1, ct);
        var targets = (await db.SettingsForAsync(township.Id, ct)).TermStructure;
        var termIds = previous is null ? [term.Id] : new[] { term.Id, previous.Id };
        var counts = await TermCounts.StructureAsync(db, db.Terms.Where(t => t.TownshipId == township.Id && termIds.Contains(t.Id)).Select(t => t.Id), ct);
        var outcome = TermStructure.Evaluate(
            Fact(term), CountsOf(counts, term.Id), previous is null ? null : Fact(previous), previous is null ? null : CountsOf(counts, previous.Id), targets);
        return TermStructureDto.From(township.Id, township.Name, term, previous?.Id, today, outcome, targets);
    }

    /// <summary>R5 in each period of the deputy's term, and R7 in each quarter of it up to today (or the end of their mandate).</summary>
    public static async Task<DeputyComplianceDto> DeputyAsync(IAppDbContext db, TimeProvider clock, Guid deputyId, Guid? termId, CancellationToken ct)
    {
        var today = clock.TodayInChina();
        var deputy = await db.Deputies.AsNoTracking().GetAsync(deputyId, DeputyResource, ct);
        if (termId is { } asked && asked != deputy.TermId)
        {
            throw new NotFoundException(TermResource, asked);
        }

        var term = await db.Terms.AsNoTracking().GetAsync(deputy.TermId, TermResource, ct);
        var settings = await db.SettingsForAsync(deputy.TownshipId, ct);
        var fact = Fact(term);
        var reports = await TermCounts.VoterReportsAsync(db, db.Deputies.Where(d => d.Id == deputy.Id).Select(d => d.Id), ct);
        var reporting = new ReportingDeputyFact(deputy.Id, deputy.Name, deputy.TerminatedOn);
        var voterReports = TermCounts.VoterReportsOf(fact, settings.VoterReports.Period, reporting, reports, today)
            .Select(p => RuleOutcomeDto.From(VoterReportCompliance.AsOutcome(p.Period, p.Report)))
            .ToList();

        var last = new[] { today, term.EndsOn, deputy.TerminatedOn ?? DateOnly.MaxValue }.Min();
        var constituents = await db.Constituents.AsNoTracking().CountAsync(c => c.DeputyId == deputy.Id && c.IsActive, ct);
        // One deputy's contact dates over the term (a few hundred), counted per quarter by the quarter's own edges.
        var contacts = await db.ConstituentContacts.AsNoTracking()
            .Where(c => c.DeputyId == deputy.Id && c.ContactedOn >= term.StartsOn && c.ContactedOn <= last)
            .Select(c => c.ContactedOn)
            .ToListAsync(ct);
        var inTouch = new List<RuleOutcomeDto>();
        for (var quarter = Quarter.Of(term.StartsOn); quarter.Start <= last; quarter = Next(quarter))
        {
            var deputyFact = new DeputyFact(deputy.Id, term.Id, deputy.Name, deputy.TerminatedOn, constituents, contacts.Count(quarter.Contains));
            var outcome = QuarterlyCompliance.DeputiesInTouch(quarter, [fact], [deputyFact], settings.Compliance, today);
            if (outcome.Total > 0)
            {
                inTouch.Add(RuleOutcomeDto.From(outcome));
            }
        }

        var overall = ComplianceStatuses.Overall(voterReports.Concat(inTouch).Select(o => o.Status));
        return new DeputyComplianceDto(
            deputy.Id, deputy.Name, deputy.TownshipId, term.Id, term.Name, term.StartsOn, term.EndsOn, deputy.TerminatedOn, today,
            overall, overall.Label(), voterReports, inTouch);
    }

    /// <summary>A term's counts; a term without deputies counts none.</summary>
    internal static StructureCounts CountsOf(IReadOnlyDictionary<Guid, StructureCounts> counts, Guid termId) =>
        counts.GetValueOrDefault(termId) ?? new StructureCounts(0, new Dictionary<string, int>());

    private static ReportingPeriod ChoosePeriod(TermFact term, VoterReportPeriod setting, int? year, DateOnly today)
    {
        if (setting == VoterReportPeriod.Term || year is null)
        {
            return VoterReportCompliance.PeriodOn(term, setting, today);
        }

        return VoterReportCompliance.Periods(term, setting).FirstOrDefault(p => p.Year == year)
            ?? throw new ValidationException([new ValidationFailure("year", $"年度须在本届任期内（{term.StartsOn.Year}年至{term.EndsOn.Year}年）。") { ErrorCode = "YearWithinTerm" }]);
    }

    internal static Quarter Next(Quarter quarter) =>
        quarter.Number == 4 ? new Quarter(quarter.Year + 1, 1) : new Quarter(quarter.Year, quarter.Number + 1);
}

/// <summary>R5 of a township's term: every deputy's answer and the township's.</summary>
internal sealed record VoterReportsAnswer(
    Guid TownshipId,
    string TownshipName,
    Term Term,
    ReportingPeriod Period,
    VoterReportRules Rules,
    DateOnly AsOf,
    IReadOnlyList<DeputyVoterReport> Deputies,
    RuleOutcome Township);
