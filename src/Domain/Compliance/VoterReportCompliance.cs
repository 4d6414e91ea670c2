using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Domain.Compliance;

/// <summary>A period in which R5 asks every deputy to report to voters once: the term, or one calendar year of it.</summary>
/// <param name="Year">The calendar year when the township's period is a year; null for the whole term.</param>
public sealed record ReportingPeriod(DateOnly Start, DateOnly End, int? Year, string Name)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}

/// <summary>One deputy's answer to R5 in one period.</summary>
/// <param name="DueBy">The last day of the deputy's period: its end, or the day their mandate ended if earlier.</param>
/// <param name="Reports">The reviews held in the deputy's period.</param>
/// <param name="Reason">Why the deputy is not (yet) met; null when met.</param>
public sealed record DeputyVoterReport(
    Guid DeputyId,
    string Name,
    DateOnly? TerminatedOn,
    ComplianceStatus Status,
    DateOnly PeriodStart,
    DateOnly DueBy,
    int Reports,
    DateOnly? LastReportedOn,
    string? Reason);

/// <summary>
/// R5 (DESIGN §4): every deputy reports to the voters (向选民述职) at least once in the period — the term, or each
/// calendar year of it when the township's setting says so. A deputy is met by one performance review held in their
/// period, pending while the period runs, breached after its last day. A deputy whose mandate ended is held to the
/// period up to the day it ended (and not at all to a period that began after it); every deputy's period starts with
/// the term's, as the model records no per-deputy election date.
/// </summary>
public static class VoterReportCompliance
{
    /// <summary>The periods of a term: the term itself, or each calendar year it overlaps, cut to the term's dates.</summary>
    public static IReadOnlyList<ReportingPeriod> Periods(TermFact term, VoterReportPeriod period)
    {
        if (period == VoterReportPeriod.Term)
        {
            return [new ReportingPeriod(term.StartsOn, term.EndsOn, null, term.Name)];
        }

        var periods = new List<ReportingPeriod>();
        for (var year = term.StartsOn.Year; year <= term.EndsOn.Year; year++)
        {
            var start = new DateOnly(year, 1, 1) < term.StartsOn ? term.StartsOn : new DateOnly(year, 1, 1);
            var end = new DateOnly(year, 12, 31) > term.EndsOn ? term.EndsOn : new DateOnly(year, 12, 31);
            periods.Add(new ReportingPeriod(start, end, year, $"{term.Name}{year}年"));
        }

        return periods;
    }

    /// <summary>The period of a term that today lies in; before the term its first, after it its last.</summary>
    public static ReportingPeriod PeriodOn(TermFact term, VoterReportPeriod period, DateOnly today)
    {
        var periods = Periods(term, period);
        return periods.FirstOrDefault(p => p.Contains(today)) ?? (today < term.StartsOn ? periods[0] : periods[^1]);
    }

    /// <summary>One deputy in one period, or null when their mandate ended before the period began.</summary>
    public static DeputyVoterReport? OfDeputy(ReportingPeriod period, ReportingDeputyFact deputy, IEnumerable<VoterReportFact> reports, DateOnly today)
    {
        if (deputy.TerminatedOn is { } ended && ended < period.Start)
        {
            return null;
        }

        var dueBy = DueBy(period, deputy);
        var held = reports.Where(r => r.DeputyId == deputy.Id && r.HeldOn >= period.Start && r.HeldOn <= dueBy).Select(r => r.HeldOn).ToList();
        return OfDeputy(period, deputy, held.Count, held.Count == 0 ? null : held.Max(), today);
    }

    /// <summary>The last day of the deputy's period: its end, or the day their mandate ended if earlier.</summary>
    public static DateOnly DueBy(ReportingPeriod period, ReportingDeputyFact deputy) =>
        deputy.TerminatedOn is { } on && on < period.End ? on : period.End;

    /// <summary>
    /// One deputy in one period from the count of reviews held in it (from its start to <see cref="DueBy"/>) and the
    /// latest one's day, as the OData feed counts them in SQL; null when their mandate ended before the period began.
    /// </summary>
    public static DeputyVoterReport? OfDeputy(ReportingPeriod period, ReportingDeputyFact deputy, int reports, DateOnly? lastReportedOn, DateOnly today)
    {
        if (deputy.TerminatedOn is { } ended && ended < period.Start)
        {
            return null;
        }

        var dueBy = DueBy(period, deputy);
        var status = ComplianceStatuses.Decide(reports > 0, dueBy, today);
        var span = period.Year is null ? "本届" : $"{period.Year}年";
        var reason = status switch
        {
            ComplianceStatus.Met => null,
            ComplianceStatus.Pending => $"{span}尚未向选民述职（应于{Day(dueBy)}前述职）",
            _ when dueBy < period.End => $"资格终止（{Day(dueBy)}）前{span}未向选民述职",
            _ => $"{span}（{Day(period.Start)}至{Day(dueBy)}）未向选民述职",
        };
        return new DeputyVoterReport(deputy.Id, deputy.Name, deputy.TerminatedOn, status, period.Start, dueBy, reports, reports == 0 ? null : lastReportedOn, reason);
    }

    /// <summary>Every deputy of the term held to the period, by name.</summary>
    public static IReadOnlyList<DeputyVoterReport> OfDeputies(
        ReportingPeriod period, IReadOnlyCollection<ReportingDeputyFact> deputies, IReadOnlyCollection<VoterReportFact> reports, DateOnly today)
    {
        var byDeputy = reports.ToLookup(r => r.DeputyId);
        return [.. deputies
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => OfDeputy(period, d, byDeputy[d.Id], today))
            .OfType<DeputyVoterReport>()];
    }

    /// <summary>
    /// R5 for a township's term (or year): met when every deputy held to it has reported, breached as soon as one
    /// deputy's period ended without a report, pending otherwise. The offenders are the deputies not (yet) reviewed.
    /// </summary>
    public static RuleOutcome OfTownship(ReportingPeriod period, IReadOnlyList<DeputyVoterReport> deputies, DateOnly today)
    {
        var title = period.Year is null ? "每位代表每届至少向选民述职一次" : "每位代表每年至少向选民述职一次";
        var met = deputies.Count(d => d.Status == ComplianceStatus.Met);
        var breached = deputies.Count(d => d.Status == ComplianceStatus.Breached);
        var pending = deputies.Count - met - breached;
        var status = breached > 0 ? ComplianceStatus.Breached : ComplianceStatuses.Decide(pending == 0, period.End, today);
        var offenders = deputies
            .Where(d => d.Status != ComplianceStatus.Met)
            .OrderBy(d => d.Status == ComplianceStatus.Breached ? 0 : 1)
            .ThenBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new Offender(OffenderKinds.Deputy, d.DeputyId, d.Name, d.Reason!))
            .ToList();
        return new RuleOutcome(
            "R5",
            title,
            status,
            period.Start,
            period.End,
            period.End,
            deputies.Count,
            met,
            deputies.Count,
            offenders,
            deputies.Count == 0
                ? $"{period.Name}没有代表。"
                : $"{period.Name}（{Day(period.Start)}至{Day(period.End)}）代表{deputies.Count}名，已述职{met}名，尚未述职{pending}名，未述职且期限已过{breached}名。");
    }

    /// <summary>R5 for one deputy in one period, in the shape of every rule's answer.</summary>
    public static RuleOutcome AsOutcome(ReportingPeriod period, DeputyVoterReport report) => new(
        "R5",
        period.Year is null ? "每届至少向选民述职一次" : "每年至少向选民述职一次",
        report.Status,
        period.Start,
        period.End,
        report.DueBy,
        1,
        report.Reports,
        report.Reports,
        report.Reason is null ? [] : [new Offender(OffenderKinds.Deputy, report.DeputyId, report.Name, report.Reason)],
        report.Reports == 0
            ? $"{period.Name}尚未向选民述职。"
            : $"{period.Name}已向选民述职{report.Reports}次，最近一次{Day(report.LastReportedOn!.Value)}。");

    private static string Day(DateOnly date) => QuarterlyCompliance.Day(date);
}
