namespace DeputyPortal.Domain.Compliance;

/// <summary>The yearly rule of DESIGN §4 (R6), decided from the sessions' recorded dates for one calendar year.</summary>
public static class YearlyCompliance
{
    /// <summary>
    /// R6, in up to three parts, each with its own due date: (1) at least the township's number of sessions opened in
    /// the year, due 31 December; (2) the year's first session opened by the last day of the township's month (31
    /// March); (3) for a term that started in the year, its first session opened within the township's months of the
    /// election (of the term's start when no election date is recorded). Met when every part is; breached as soon as
    /// one part's due date has passed unmet; pending otherwise. The offenders are the parts not (yet) met.
    /// </summary>
    public static RuleOutcome SessionsHeld(int year, IReadOnlyCollection<TermFact> terms, IReadOnlyCollection<SessionFact> sessions, ComplianceRules rules, DateOnly today)
    {
        var (yearStart, yearEnd) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

        // A session counts once it has opened: an opening date recorded ahead of time is a plan, not a sitting.
        sessions = [.. sessions.Where(s => s.OpenedOn <= today)];
        var opened = sessions.Where(s => s.OpenedOn?.Year == year).OrderBy(s => s.OpenedOn).ToList();
        var parts = new List<(ComplianceStatus Status, DateOnly DueBy, Offender? Offender)>();

        var required = rules.SessionsPerYear;
        var enough = opened.Count >= required;
        var countStatus = ComplianceStatuses.Decide(enough, yearEnd, today);
        parts.Add((countStatus, yearEnd, enough ? null : new Offender(
            OffenderKinds.Year,
            null,
            $"{year}年会议次数",
            $"已召开{opened.Count}次，全年应不少于{required}次" + (countStatus == ComplianceStatus.Pending ? "（年内尚可召开）" : string.Empty))));

        var firstDue = new DateOnly(year, rules.FirstSessionDueMonth, 1).AddMonths(1).AddDays(-1);
        var first = opened.FirstOrDefault();
        var firstInTime = first?.OpenedOn <= firstDue;
        var firstStatus = ComplianceStatuses.Decide(firstInTime, firstDue, today);
        parts.Add((firstStatus, firstDue, firstInTime ? null : new Offender(
            OffenderKinds.FirstSession,
            first?.Id,
            "本年度第一次会议",
            first is null
                ? firstStatus == ComplianceStatus.Pending ? $"应于{Day(firstDue)}前召开，尚未召开" : $"应于{Day(firstDue)}前召开，至今未召开"
                : $"应于{Day(firstDue)}前召开，{first.Name}于{Day(first.OpenedOn!.Value)}才开幕")));

        var months = rules.NewTermFirstSessionMonths;
        foreach (var term in terms.Where(t => t.StartsOn.Year == year).OrderBy(t => t.StartsOn))
        {
            var electedOn = term.ElectedOn ?? term.StartsOn;
            var dueBy = electedOn.AddMonths(months);
            var firstOfTerm = sessions.Where(s => s.TermId == term.Id && s.OpenedOn is not null).MinBy(s => s.OpenedOn);
            var inTime = firstOfTerm?.OpenedOn <= dueBy;
            var status = ComplianceStatuses.Decide(inTime, dueBy, today);
            parts.Add((status, dueBy, inTime ? null : new Offender(
                OffenderKinds.Term,
                term.Id,
                term.Name,
                $"换届选举（{Day(electedOn)}）后{months}个月内即{Day(dueBy)}前应召开第一次会议，"
                    + (firstOfTerm is null ? status == ComplianceStatus.Pending ? "尚未召开" : "至今未召开" : $"{Day(firstOfTerm.OpenedOn!.Value)}才开幕"))));
        }

        var overall = parts.TrueForAll(p => p.Status == ComplianceStatus.Met) ? ComplianceStatus.Met
            : parts.Exists(p => p.Status == ComplianceStatus.Breached) ? ComplianceStatus.Breached
            : ComplianceStatus.Pending;
        var firstText = first is null ? "尚未召开" : $"（{first.Name}）于{Day(first.OpenedOn!.Value)}开幕";
        return new RuleOutcome(
            "R6",
            $"每年至少召开{required}次人代会会议，第一次会议于{rules.FirstSessionDueMonth}月底前召开；换届后{months}个月内召开第一次会议",
            overall,
            yearStart,
            yearEnd,
            parts.Max(p => p.DueBy),
            required,
            opened.Count,
            opened.Count,
            [.. parts.Where(p => p.Offender is not null).Select(p => p.Offender!)],
            $"{year}年已召开人代会会议{opened.Count}次，应不少于{required}次；本年度第一次会议{firstText}，应于{Day(firstDue)}前召开。");
    }

    private static string Day(DateOnly date) => QuarterlyCompliance.Day(date);
}
