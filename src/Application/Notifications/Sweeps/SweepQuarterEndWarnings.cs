using System.Globalization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Compliance.Quarterly;
using DeputyPortal.Application.Notifications.Sending;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Notifications.Sweeps;

/// <summary>
/// The quarter-end warnings (DESIGN §6), from 15 days before a calendar quarter's last day (Asia/Shanghai) to that
/// day, once per quarter: a township short of R3's regular presidium meetings with a quorum warns the chair and the
/// secretaries (本季度尚未召开主席团例会); a group short of R4's activities attended by its members warns its leader
/// and its liaison presidium member (代表小组本季度尚无活动); a deputy held to R7 short of its contacts warns the
/// deputy (本季度尚未联系选民). A leader, liaison or deputy without an account is the secretaries' to tell. The facts
/// are the compliance answer's own (<see cref="QuarterFactQueries"/>) judged by the compliance rules with each
/// township's settings, so a warning and the compliance page cannot disagree. Any other day it reads nothing.
/// </summary>
[Authorize(Roles.SystemOnly)]
public sealed record SweepQuarterEndWarnings : ICommand<int>;

public sealed class SweepQuarterEndWarningsHandler(IAppDbContext db, TimeProvider clock, INotificationOutbox outbox, IReminderRecipients recipients)
    : ICommandHandler<SweepQuarterEndWarnings, int>
{
    /// <summary>Days before the quarter's last day from which the warnings go out.</summary>
    public const int DaysBeforeQuarterEnd = 15;

    public async ValueTask<int> Handle(SweepQuarterEndWarnings command, CancellationToken cancellationToken)
    {
        var today = clock.TodayInChina();
        var quarter = Quarter.Of(today);
        if (quarter.End.DayNumber - today.DayNumber > DaysBeforeQuarterEnd)
        {
            return 0;
        }

        var (start, end) = (quarter.Start, quarter.End);
        var terms = (await db.Terms.AsNoTracking().Where(t => t.StartsOn <= end && t.EndsOn >= start).ToListAsync(cancellationToken))
            .Select(t => (t.TownshipId, Fact: new TermFact(t.Id, t.Name, t.StartsOn, t.EndsOn, t.ElectedOn)))
            .ToList();
        if (terms.Count == 0)
        {
            return 0;
        }

        var townshipIds = terms.Select(t => t.TownshipId).Distinct().ToList();
        var termIds = terms.Select(t => t.Fact.Id).ToList();
        var rules = (await db.TownshipSettings.AsNoTracking().Where(s => townshipIds.Contains(s.TownshipId)).ToListAsync(cancellationToken))
            .ToDictionary(s => s.TownshipId, s => s.Compliance);
        var townships = (await db.Townships.AsNoTracking().Where(t => townshipIds.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Id, t => t.Name);
        var meetings = await QuarterFactQueries.MeetingsAsync(db, townshipIds, quarter, cancellationToken);
        var groups = await QuarterFactQueries.GroupsAsync(db, townshipIds, termIds, quarter, cancellationToken);
        var deputies = await QuarterFactQueries.DeputiesAsync(db, townshipIds, termIds, quarter, cancellationToken);
        var termTownship = terms.ToDictionary(t => t.Fact.Id, t => t.TownshipId);

        var short3 = new List<(Guid TownshipId, RuleOutcome Outcome)>();
        var groupsShort = new List<(Guid TownshipId, GroupFact Group, int Required)>();
        var deputiesShort = new List<(Guid TownshipId, DeputyFact Deputy, int Required)>();
        foreach (var townshipId in townshipIds)
        {
            var rule = rules.GetValueOrDefault(townshipId) ?? ComplianceRules.Default;
            var ownTerms = terms.Where(t => t.TownshipId == townshipId).Select(t => t.Fact).ToList();
            var r3 = QuarterlyCompliance.RegularMeetingsHeld(quarter, [.. meetings[townshipId]], rule, today);
            if (r3.Status != ComplianceStatus.Met)
            {
                short3.Add((townshipId, r3));
            }

            var ownGroups = groups.Where(g => termTownship[g.TermId] == townshipId).ToList();
            var r4 = QuarterlyCompliance.GroupsActive(quarter, ownTerms, ownGroups, rule, today);
            var offending = r4.Offenders.Select(o => o.Id).ToHashSet();
            groupsShort.AddRange(ownGroups.Where(g => offending.Contains(g.Id)).Select(g => (townshipId, g, rule.GroupActivitiesPerQuarter)));

            var ownDeputies = deputies.Where(d => termTownship[d.TermId] == townshipId).ToList();
            deputiesShort.AddRange(QuarterlyCompliance.DeputiesShortOfContacts(quarter, ownTerms, ownDeputies, rule)
                .Select(d => (townshipId, d, rule.ContactsPerDeputyPerQuarter)));
        }

        if (short3.Count == 0 && groupsShort.Count == 0 && deputiesShort.Count == 0)
        {
            return 0;
        }

        var groupIds = groupsShort.Select(g => g.Group.Id).ToList();
        var groupHeads = await db.RepresentativeGroups.AsNoTracking()
            .Where(g => groupIds.Contains(g.Id))
            .Select(g => new { g.Id, g.LeaderDeputyId, g.LiaisonPresidiumMemberId })
            .ToDictionaryAsync(g => g.Id, cancellationToken);
        var secretaries = await recipients.SecretariesAsync(townshipIds, cancellationToken);
        var chairs = await recipients.ChairAccountsAsync([.. short3.Select(s => s.TownshipId)], today, cancellationToken);
        var deputyAccounts = await recipients.DeputyAccountsAsync(
            [.. groupHeads.Values.Select(g => g.LeaderDeputyId).Concat(deputiesShort.Select(d => d.Deputy.Id)).Distinct()], cancellationToken);
        var liaisons = await recipients.PresidiumMemberAccountsAsync(
            [.. groupHeads.Values.Where(g => g.LiaisonPresidiumMemberId != null).Select(g => g.LiaisonPresidiumMemberId!.Value).Distinct()], cancellationToken);

        var period = quarter.ToString();
        var lastDay = ChineseDates.InProse(quarter.End);
        var link = string.Create(CultureInfo.InvariantCulture, $"?year={quarter.Year}&quarter={quarter.Number}");
        var addressed = new List<Addressed>();
        foreach (var (townshipId, outcome) in short3)
        {
            var draft = new NotificationDraft(
                NotificationKind.NoRegularMeeting, townshipId, townshipId, period,
                $"{townships[townshipId]}{quarter.Name}尚未召开主席团例会",
                $"{quarter.Name}将于{lastDay}结束，{townships[townshipId]}本季度召开有法定人数的主席团例会{outcome.Counted}次，应不少于{outcome.Required}次。请在季度结束前召开。",
                $"/compliance{link}&townshipId={townshipId}");
            addressed.AddRange(chairs[townshipId].Concat(secretaries[townshipId]).Distinct().Select(user => new Addressed(draft, user)));
        }

        foreach (var (townshipId, group, required) in groupsShort)
        {
            var heads = groupHeads[group.Id];
            var draft = new NotificationDraft(
                NotificationKind.GroupWithoutActivity, group.Id, townshipId, period,
                $"{group.Name}{quarter.Name}尚无活动",
                $"{quarter.Name}将于{lastDay}结束，{group.Name}本季度计入的活动{group.ActivitiesAttendedByMember}次（须有本组代表出席），应不少于{required}次。请在季度结束前组织活动。",
                $"/compliance{link}&townshipId={townshipId}");
            var leader = deputyAccounts[heads.LeaderDeputyId].OrElse(secretaries[townshipId]);
            var liaison = heads.LiaisonPresidiumMemberId is { } member ? liaisons[member].OrElse(secretaries[townshipId]) : [];
            addressed.AddRange(leader.Concat(liaison).Distinct().Select(user => new Addressed(draft, user)));
        }

        foreach (var (townshipId, deputy, required) in deputiesShort)
        {
            var draft = new NotificationDraft(
                NotificationKind.DeputyWithoutContact, deputy.Id, townshipId, period,
                $"{deputy.Name}代表{quarter.Name}尚未联系选民",
                $"{quarter.Name}将于{lastDay}结束，{deputy.Name}代表本季度联系选民{deputy.ContactsInQuarter}次，应不少于{required}次。请在季度结束前联系选民并登记。",
                $"/contacts?deputyId={deputy.Id}");
            addressed.AddRange(deputyAccounts[deputy.Id].OrElse(secretaries[townshipId]).Distinct().Select(user => new Addressed(draft, user)));
        }

        return await outbox.AddOnceAsync(addressed, cancellationToken);
    }
}
