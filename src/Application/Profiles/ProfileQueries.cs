using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Profiles;

/// <summary>履职情况: a township's duty profiles in a year, each score beside its components and its rank, filtered, sorted (score first) and paged.</summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record ListTownshipProfiles(
    Guid TownshipId,
    int? Year = null,
    Guid? DistrictId = null,
    Guid? GroupId = null,
    string? Name = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<DutyProfileDto>>, IPagedQuery;

public sealed class ListTownshipProfilesValidator : AbstractValidator<ListTownshipProfiles>
{
    public ListTownshipProfilesValidator()
    {
        Include(new PagedQueryValidator(ProfileSort.Keys.Keys));
        RuleFor(q => q.Year).InclusiveBetween(1900, 2100).WithErrorCode("YearInRange").WithMessage("{PropertyName}须在1900至2100之间。").WithName("年度");
        RuleFor(q => q.Name).MaximumLength(50).WithErrorCode("MaxLength").WithName("姓名");
    }
}

/// <summary>The sort keys of the profiles list: the score (highest first) unless asked otherwise, or any component.</summary>
public static class ProfileSort
{
    public const string Default = "-score";

    internal static readonly SortMap<DutyProfileDto> Keys = new SortMap<DutyProfileDto>(p => p.DeputyId)
        .Add("score", p => p.Score)
        .Add("rank", p => p.Rank)
        .Add("name", p => p.DeputyName)
        .Add("district", p => p.DistrictName)
        .Add("sessionsAttended", p => p.SessionsAttended)
        .Add("presidiumMeetingsAttended", p => p.PresidiumMeetingsAttended)
        .Add("groupActivitiesAttended", p => p.GroupActivitiesAttended)
        .Add("groupActivitiesMissed", p => p.GroupActivitiesMissed)
        .Add("groupActivitiesOnLeave", p => p.GroupActivitiesOnLeave)
        .Add("supervisionActivitiesAttended", p => p.SupervisionActivitiesAttended)
        .Add("proposalsLed", p => p.ProposalsLed)
        .Add("proposalsCoSigned", p => p.ProposalsCoSigned)
        .Add("proposalsReplied", p => p.ProposalsReplied)
        .Add("proposalsRated", p => p.ProposalsRated)
        .Add("contactsLogged", p => p.ContactsLogged)
        .Add("constituentsReached", p => p.ConstituentsReached)
        .Add("receptionDays", p => p.ReceptionDays)
        .Add("trainings", p => p.Trainings)
        .Add("latestReviewSatisfactionRate", p => p.LatestReviewSatisfactionRate);
}

public sealed class ListTownshipProfilesHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ListTownshipProfiles, PagedList<DutyProfileDto>>
{
    public async ValueTask<PagedList<DutyProfileDto>> Handle(ListTownshipProfiles query, CancellationToken cancellationToken)
    {
        var year = query.Year ?? clock.TodayInChina().Year;
        var all = await DutyProfiles.ForTownshipAsync(db, query.TownshipId, year, cancellationToken);
        var inGroup = query.GroupId is { } groupId
            ? (await db.RepresentativeGroups.AsNoTracking().Where(g => g.Id == groupId).SelectMany(g => g.Members.Select(m => m.DeputyId)).ToListAsync(cancellationToken)).ToHashSet()
            : null;
        var name = query.Name?.Trim();
        var filtered = all
            .Where(p => query.DistrictId is null || p.DistrictId == query.DistrictId)
            .Where(p => inGroup is null || inGroup.Contains(p.DeputyId))
            .Where(p => string.IsNullOrEmpty(name) || p.DeputyName.Contains(name, StringComparison.Ordinal))
            .ToList();
        var sorted = ProfileSort.Keys.Apply(filtered.AsQueryable(), query.Sort, ProfileSort.Default).ToList();
        return new PagedList<DutyProfileDto>(
            [.. sorted.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], query.Page, query.PageSize, sorted.Count);
    }
}

/// <summary>One deputy's duty profile in a year. A deputy may read only their own (another's is not found, as their reviews are).</summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin, Roles.Deputy)]
public sealed record GetDeputyProfile(Guid DeputyId, int? Year = null) : IQuery<DutyProfileDto>;

public sealed class GetDeputyProfileValidator : AbstractValidator<GetDeputyProfile>
{
    public GetDeputyProfileValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(1900, 2100).WithErrorCode("YearInRange").WithMessage("{PropertyName}须在1900至2100之间。").WithName("年度");
}

public sealed class GetDeputyProfileHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetDeputyProfile, DutyProfileDto>
{
    public async ValueTask<DutyProfileDto> Handle(GetDeputyProfile query, CancellationToken cancellationToken) =>
        await ProfileOf.DeputyAsync(db, user, query.DeputyId, query.Year ?? clock.TodayInChina().Year, cancellationToken);
}

internal static class ProfileOf
{
    public static async Task<DutyProfileDto> DeputyAsync(IAppDbContext db, ICurrentUser user, Guid deputyId, int year, CancellationToken ct)
    {
        const string resource = "代表履职档案";
        if (user.Role == Roles.Deputy && user.DeputyId != deputyId)
        {
            throw new NotFoundException(resource, deputyId);
        }

        var deputy = await db.Deputies.AsNoTracking().GetAsync(deputyId, resource, ct);
        var profiles = await DutyProfiles.ForTownshipAsync(db, deputy.TownshipId, year, ct);
        return profiles.FirstOrDefault(p => p.DeputyId == deputyId) ?? throw new NotFoundException(resource, deputyId);
    }
}

/// <summary>What pulls a deputy's score down, in words (e.g. 缺席小组活动2次).</summary>
public sealed record ProfileShortfallDto(string Code, string Message);

public sealed record UpcomingActivityDto(Guid Id, string Title, ActivityKind Kind, DateOnly StartsOn, string? Place);

public sealed record AwaitingRatingDto(Guid Id, string? Number, string Title, DateOnly? LastRepliedOn, DateOnly? EvaluationDueOn);

public sealed record MyConstituentDto(Guid Id, string Name, string? Village);

/// <summary>我的履职: the signed-in deputy's profile, what pulls it down, their constituents, coming activities and replies to rate.</summary>
public sealed record MyProfileDto(
    DutyProfileDto Profile,
    IReadOnlyList<ProfileShortfallDto> Shortfalls,
    IReadOnlyList<MyConstituentDto> Constituents,
    IReadOnlyList<UpcomingActivityDto> UpcomingActivities,
    IReadOnlyList<AwaitingRatingDto> AwaitingRating);

[Authorize(Roles.Deputy)]
public sealed record GetMyProfile(int? Year = null) : IQuery<MyProfileDto>;

public sealed class GetMyProfileValidator : AbstractValidator<GetMyProfile>
{
    public GetMyProfileValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(1900, 2100).WithErrorCode("YearInRange").WithMessage("{PropertyName}须在1900至2100之间。").WithName("年度");
}

public sealed class GetMyProfileHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetMyProfile, MyProfileDto>
{
    public async ValueTask<MyProfileDto> Handle(GetMyProfile query, CancellationToken cancellationToken)
    {
        var today = clock.TodayInChina();
        var deputyId = user.DeputyId ?? throw new NotFoundException("代表履职档案", Guid.Empty);
        var profile = await ProfileOf.DeputyAsync(db, user, deputyId, query.Year ?? today.Year, cancellationToken);

        var contactQuarters = await db.ConstituentContacts.AsNoTracking()
            .Where(c => c.DeputyId == deputyId && c.ContactedOn >= profile.From && c.ContactedOn <= profile.To)
            .Select(c => (c.ContactedOn.Month - 1) / 3 + 1)
            .Distinct()
            .ToListAsync(cancellationToken);
        var constituents = await db.Constituents.AsNoTracking()
            .Where(c => c.DeputyId == deputyId)
            .OrderBy(c => c.Name).Take(Paging.DefaultPageSize)
            .Select(c => new MyConstituentDto(c.Id, c.Name, c.Village))
            .ToListAsync(cancellationToken);
        var upcoming = await db.Activities.AsNoTracking()
            .Where(a => a.StartsOn >= today && a.Participants.Any(p => p.DeputyId == deputyId))
            .OrderBy(a => a.StartsOn).Take(20)
            .Select(a => new UpcomingActivityDto(a.Id, a.Title, a.Kind, a.StartsOn, a.Place))
            .ToListAsync(cancellationToken);
        var awaiting = await db.Proposals.AsNoTracking()
            .Where(p => p.LeadDeputyId == deputyId && p.Status == ProposalStatus.Replied)
            .OrderBy(p => p.EvaluationDueOn).Take(20)
            .Select(p => new AwaitingRatingDto(p.Id, p.Number, p.Title, p.LastRepliedOn, p.EvaluationDueOn))
            .ToListAsync(cancellationToken);

        return new MyProfileDto(profile, Shortfalls(profile, contactQuarters, today), constituents, upcoming, awaiting);
    }

    internal static List<ProfileShortfallDto> Shortfalls(DutyProfileDto p, IReadOnlyCollection<int> contactQuarters, DateOnly today)
    {
        var list = new List<ProfileShortfallDto>();
        if (p.GroupActivitiesMissed > 0)
        {
            list.Add(new("GroupActivitiesMissed", $"缺席小组活动{p.GroupActivitiesMissed}次（未请假）。"));
        }

        var lastQuarter = p.To < today ? (p.To.Month - 1) / 3 + 1 : (today.Month - 1) / 3;
        for (var q = (p.From.Month - 1) / 3 + 1; q <= lastQuarter; q++)
        {
            if (!contactQuarters.Contains(q))
            {
                list.Add(new("NoContactInQuarter", $"第{q}季度没有联系选民的记录。"));
            }
        }

        if (p.LatestReviewOutcome is null)
        {
            list.Add(new("NotReviewed", "本年度尚未向选民述职或评议结果未定。"));
        }

        if (p.ProposalsLed == 0)
        {
            list.Add(new("NoProposalLed", "本年度没有领衔提出建议。"));
        }

        return list;
    }
}
