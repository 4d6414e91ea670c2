using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Proposals.Statistics;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Proposals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.OData;

/// <summary>
/// Opens the OData feed for the caller: county staff read every township; a township's secretary and presidium
/// members read their own (the database context's query filters scope every set, and every join inside a set);
/// deputies, handling-unit officers and administrators have no feed. Nothing is read here: the answer's sets are
/// queries the feed composes $filter, $orderby, $top and the rest onto, all translated to SQL.
/// </summary>
/// <param name="StatementTimeoutSeconds">How long each of the feed's SQL statements may run before it is cancelled.</param>
[Authorize(Roles.CountyStaff, Roles.TownshipSecretary, Roles.PresidiumMember)]
public sealed record OpenFeed(int StatementTimeoutSeconds) : IQuery<FeedSets>;

public sealed class OpenFeedHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<OpenFeed, FeedSets>
{
    public ValueTask<FeedSets> Handle(OpenFeed query, CancellationToken cancellationToken)
    {
        // The context is this request's own, so the limit binds the feed's statements and nothing else.
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(query.StatementTimeoutSeconds));
        return ValueTask.FromResult(new FeedSets(db, clock.TodayInChina()));
    }
}

/// <summary>The feed's entity sets as SQL queries, each scoped to the caller and projected to its flat row.</summary>
public sealed class FeedSets(IAppDbContext db, DateOnly today)
{
    public DateOnly Today => today;

    /// <summary>The computed compliance sets (QuarterlyCompliance, DeputyCompliance, TermStructures), evaluated set-wise.</summary>
    public ComplianceSets Compliance => new(db, today);

    /// <summary>DutyProfiles: deputy × year, counted and ranked as the profiles' REST answers are.</summary>
    public DutyProfileSet DutyProfiles => new(db, today);

    public IQueryable<TownshipItem> Townships() =>
        db.Townships.Select(t => new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County });

    public IQueryable<TermItem> Terms() =>
        from term in db.Terms
        join t in db.Townships on term.TownshipId equals t.Id
        select new TermItem
        {
            Id = term.Id,
            TownshipId = t.Id,
            TownshipCode = t.Code,
            TownshipName = t.Name,
            Number = term.Number,
            StartsOn = term.StartsOn,
            EndsOn = term.EndsOn,
            ElectedOn = term.ElectedOn,
            Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
        };

    public IQueryable<CongressSessionItem> CongressSessions() =>
        from s in db.CongressSessions
        join t in db.Townships on s.TownshipId equals t.Id
        select new CongressSessionItem
        {
            Id = s.Id,
            TownshipId = t.Id,
            TownshipCode = t.Code,
            TownshipName = t.Name,
            TermId = s.TermId,
            Number = s.Number,
            OpenedOn = s.OpenedOn,
            ClosedOn = s.ClosedOn,
            Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
        };

    public IQueryable<ElectoralDistrictItem> ElectoralDistricts() =>
        from d in db.ElectoralDistricts
        join t in db.Townships on d.TownshipId equals t.Id
        select new ElectoralDistrictItem
        {
            Id = d.Id,
            TownshipId = t.Id,
            TownshipCode = t.Code,
            TownshipName = t.Name,
            TermId = d.TermId,
            Name = d.Name,
            VoterCount = d.VoterCount,
            Seats = d.Seats,
            Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
        };

    public IQueryable<DeputyItem> Deputies() =>
        from d in db.Deputies
        join t in db.Townships on d.TownshipId equals t.Id
        join term in db.Terms on d.TermId equals term.Id
        select new DeputyItem
        {
            Id = d.Id,
            TownshipId = t.Id,
            TownshipCode = t.Code,
            TownshipName = t.Name,
            TermId = d.TermId,
            DistrictId = d.DistrictId,
            Name = d.Name,
            Gender = d.Gender,
            Ethnicity = d.Ethnicity,
            Party = d.Party,
            Occupation = d.Occupation,
            Education = d.Education,
            IsReelected = d.IsReelected,
            IsCountyDeputy = d.IsCountyDeputy,
            Status = d.Status,
            TerminatedOn = d.TerminatedOn,
            Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
            Term = new TermItem
            {
                Id = term.Id,
                TownshipId = t.Id,
                TownshipCode = t.Code,
                TownshipName = t.Name,
                Number = term.Number,
                StartsOn = term.StartsOn,
                EndsOn = term.EndsOn,
                ElectedOn = term.ElectedOn,
                Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
            },
        };

    public IQueryable<RepresentativeGroupItem> RepresentativeGroups() =>
        from g in db.RepresentativeGroups
        join t in db.Townships on g.TownshipId equals t.Id
        select new RepresentativeGroupItem
        {
            Id = g.Id,
            TownshipId = t.Id,
            TownshipCode = t.Code,
            TownshipName = t.Name,
            TermId = g.TermId,
            Name = g.Name,
            LeaderDeputyId = g.LeaderDeputyId,
            LiaisonPresidiumMemberId = g.LiaisonPresidiumMemberId,
            MemberCount = g.Members.Count,
            LastActivityOn = db.Activities.Where(a => a.OrganizingGroupId == g.Id).Max(a => (DateOnly?)a.StartsOn),
            Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
        };

    public IQueryable<HandlingUnitItem> HandlingUnits() =>
        from u in db.HandlingUnits
        join t in db.Townships on u.TownshipId equals t.Id
        select new HandlingUnitItem
        {
            Id = u.Id,
            TownshipId = t.Id,
            TownshipCode = t.Code,
            TownshipName = t.Name,
            Name = u.Name,
            Kind = u.Kind,
            IsActive = u.IsActive,
            Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
        };

    /// <summary>
    /// Proposals with today's warning, computed in SQL by <see cref="ProposalWarning.For"/>'s bands under each
    /// township's own thresholds (the defaults where it stores none).
    /// </summary>
    public IQueryable<ProposalItem> Proposals()
    {
        var todayNumber = today.DayNumber;
        var defaultRed = ProposalRules.Default.RedWarningDays;
        var defaultYellow = ProposalRules.Default.YellowWarningDays;
        return
            from p in db.Proposals
            join t in db.Townships on p.TownshipId equals t.Id
            join term in db.Terms on p.TermId equals term.Id
            join lead in db.Deputies on p.LeadDeputyId equals lead.Id
            join unit in db.HandlingUnits on p.LeadUnitId equals unit.Id into units
            from unit in units.DefaultIfEmpty()
            join settings in db.TownshipSettings on p.TownshipId equals settings.TownshipId into stored
            from settings in stored.DefaultIfEmpty()
            let awaits = (p.Status == ProposalStatus.Assigned || p.Status == ProposalStatus.Rehandling) && p.DueOn != null
            let daysLeft = p.DueOn!.Value.DayNumber - todayNumber
            let red = settings == null ? defaultRed : settings.RedWarningDays
            let yellow = settings == null ? defaultYellow : settings.YellowWarningDays
            select new ProposalItem
            {
                Id = p.Id,
                TownshipId = t.Id,
                TownshipCode = t.Code,
                TownshipName = t.Name,
                TermId = p.TermId,
                SessionId = p.SessionId,
                Kind = p.Kind,
                Number = p.Number,
                Title = p.Title,
                Category = p.Category,
                Status = p.Status,
                LeadDeputyId = p.LeadDeputyId,
                LeadDeputyName = lead.Name,
                LeadUnitId = p.LeadUnitId,
                LeadUnitName = unit == null ? null : unit.Name,
                IsKey = p.IsKey,
                IsComplex = p.IsComplex,
                SubmittedOn = p.SubmittedOn,
                SubmittedYear = p.SubmittedOn == null ? null : p.SubmittedOn!.Value.Year,
                RegisteredOn = p.RegisteredOn,
                AssignedOn = p.AssignedOn,
                DueOn = p.DueOn,
                LastRepliedOn = p.LastRepliedOn,
                LastReplyClass = p.LastReplyClass,
                LastRating = p.LastRating,
                ClosedOn = p.ClosedOn,
                Color = !awaits ? null : daysLeft <= red ? WarningColor.Red : daysLeft <= yellow ? WarningColor.Yellow : WarningColor.Green,
                IsOverdue = awaits && daysLeft < 0,
                DaysOverdue = awaits && daysLeft < 0 ? -daysLeft : 0,
                LastStepAt = p.LastStepAt,
                Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
                Term = new TermItem
                {
                    Id = term.Id,
                    TownshipId = t.Id,
                    TownshipCode = t.Code,
                    TownshipName = t.Name,
                    Number = term.Number,
                    StartsOn = term.StartsOn,
                    EndsOn = term.EndsOn,
                    ElectedOn = term.ElectedOn,
                    Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
                },
            };
    }

    /// <summary>ProposalStatistics: township × year, counted by the query the annual report counts with.</summary>
    public IQueryable<ProposalYearStatistics> ProposalStatistics() => ProposalStatisticsQuery.ByTownshipAndYear(db, today);

    public IQueryable<ActivityItem> Activities() =>
        from a in db.Activities
        join t in db.Townships on a.TownshipId equals t.Id
        join term in db.Terms on a.TermId equals term.Id
        select new ActivityItem
        {
            Id = a.Id,
            TownshipId = t.Id,
            TownshipCode = t.Code,
            TownshipName = t.Name,
            TermId = a.TermId,
            Kind = a.Kind,
            IsSupervision = a.Kind == ActivityKind.Inspection || a.Kind == ActivityKind.LawEnforcementCheck || a.Kind == ActivityKind.Research
                || a.Kind == ActivityKind.WorkEvaluation || a.Kind == ActivityKind.SpecialReportReview || a.Kind == ActivityKind.SatisfactionSurvey,
            Title = a.Title,
            StartsOn = a.StartsOn,
            EndsOn = a.EndsOn,
            Year = a.StartsOn.Year,
            Quarter = ((a.StartsOn.Month - 1) / 3) + 1,
            OrganizingGroupId = a.OrganizingGroupId,
            PresentCount = a.Participants.Count(p => p.Attendance == Attendance.Present),
            RectificationItemCount = a.RectificationItems.Count,
            Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
            Term = new TermItem
            {
                Id = term.Id,
                TownshipId = t.Id,
                TownshipCode = t.Code,
                TownshipName = t.Name,
                Number = term.Number,
                StartsOn = term.StartsOn,
                EndsOn = term.EndsOn,
                ElectedOn = term.ElectedOn,
                Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
            },
        };

    public IQueryable<RectificationItemItem> RectificationItems() =>
        from a in db.Activities
        from r in a.RectificationItems
        join t in db.Townships on a.TownshipId equals t.Id
        join unit in db.HandlingUnits on r.ResponsibleUnitId equals unit.Id
        select new RectificationItemItem
        {
            Id = r.Id,
            ActivityId = a.Id,
            TownshipId = t.Id,
            TownshipCode = t.Code,
            TownshipName = t.Name,
            Description = r.Description,
            ResponsibleUnitId = r.ResponsibleUnitId,
            ResponsibleUnitName = unit.Name,
            DueOn = r.DueOn,
            Status = r.Status,
            CompletedOn = r.CompletedOn,
            IsOverdue = r.Status != RectificationStatus.Completed && r.DueOn < today,
            Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
        };

    public IQueryable<PresidiumMeetingItem> PresidiumMeetings() =>
        from m in db.PresidiumMeetings
        join t in db.Townships on m.TownshipId equals t.Id
        select new PresidiumMeetingItem
        {
            Id = m.Id,
            TownshipId = t.Id,
            TownshipCode = t.Code,
            TownshipName = t.Name,
            TermId = m.TermId,
            Kind = m.Kind,
            HeldAt = m.HeldAt,
            HeldOn = m.HeldOn,
            Year = m.HeldOn.Year,
            Quarter = ((m.HeldOn.Month - 1) / 3) + 1,
            MemberCount = m.MemberCount,
            PresentCount = m.PresentCount,
            QuorumRequired = m.QuorumRequired,
            HasQuorum = m.HasQuorum,
            Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
        };

    public IQueryable<PerformanceReviewItem> PerformanceReviews() =>
        from r in db.PerformanceReviews
        join t in db.Townships on r.TownshipId equals t.Id
        join d in db.Deputies on r.DeputyId equals d.Id
        select new PerformanceReviewItem
        {
            Id = r.Id,
            TownshipId = t.Id,
            TownshipCode = t.Code,
            TownshipName = t.Name,
            TermId = r.TermId,
            DeputyId = r.DeputyId,
            DeputyName = d.Name,
            DistrictId = r.DistrictId,
            HeldOn = r.HeldOn,
            Form = r.Form,
            VotersPresent = r.VotersPresent,
            Satisfied = r.Satisfied,
            BasicallySatisfied = r.BasicallySatisfied,
            Dissatisfied = r.Dissatisfied,
            SatisfactionRate = r.SatisfactionRate,
            Outcome = r.Outcome,
            Township = new TownshipItem { Id = t.Id, Code = t.Code, Name = t.Name, County = t.County },
        };
}
