using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Domain.Townships;
using DeputyPortal.Infrastructure.Identity;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Browser.Tests.Support;

/// <summary>
/// A township of its own for the journeys that take proposal steps (桃源镇), so what they change never shows in the
/// other tests' township: its secretary, the officer of one of its handling units, a presidium chair who can
/// supervise, a submitted proposal waiting to be registered and one assigned five days ago to the officer's unit.
/// </summary>
public static class ProposalStepsSeed
{
    public const string TownshipName = "桃源镇";
    public const string SecretaryUserName = "secretary.taoyuan";
    public const string UnitOfficerUserName = "unit.taoyuan";
    public const string LeadUnitName = "桃源镇村镇建设办";
    public const string LeadUnitHead = "赵主任";
    public const string OtherUnitName = "桃源镇农业农村办";
    public const string ChairName = "孙主席";
    public const string SubmittedTitle = "关于硬化桃源村通组公路的建议";
    public const string AssignedTitle = "关于整治桃源河沿岸垃圾的建议";
    public const string OverdueTitle = "关于修复桃源桥护栏的建议";
    public const string OtherUnitHead = "钱主任";

    /// <summary>The overdue proposal's assignment: its three months ran out three days ago.</summary>
    public static DateOnly OverdueAssignedOn => TimeProvider.System.TodayInChina().AddDays(-3).AddMonths(-3);

    public static async Task SeedAsync(IServiceProvider services, AppDbContext db)
    {
        var township = Township.Create("360000000002", TownshipName, "测试县");
        var term = Term.Create(township.Id, 18, new DateOnly(2021, 9, 1), new DateOnly(2031, 8, 31), new DateOnly(2021, 8, 20));
        var session = CongressSession.Plan(term, 1);
        session.RecordDates(term, new DateOnly(2021, 9, 1), new DateOnly(2021, 9, 2));
        var district = ElectoralDistrict.Create(term, "桃源村选区", 1500, 2);
        var deputy = Deputy.Elect(district, Profile("陈桂芳", Gender.Female, "13800000011"));
        var chairDeputy = Deputy.Elect(district, Profile(ChairName, Gender.Male, "13800000012"));
        var chair = PresidiumMember.Appoint(term, chairDeputy, PresidiumPost.Chair, term.StartsOn);
        var lead = HandlingUnit.Register(township.Id, LeadUnitName, HandlingUnitKind.TownshipOffice, LeadUnitHead);
        var other = HandlingUnit.Register(township.Id, OtherUnitName, HandlingUnitKind.TownshipOffice, OtherUnitHead);
        db.AddRange(township, term, session, district, deputy, chairDeputy, chair, lead, other);
        await db.SaveChangesAsync();

        var today = TimeProvider.System.TodayInChina();
        ProposalStep On(DateOnly date) => new(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)), date, null, "桃源镇秘书");
        var submitted = Proposal.Draft(
            term, session, ProposalKind.Suggestion, new ProposalText(SubmittedTitle, "桃源村四组、六组通组公路仍为泥土路，雨天无法通行。", "城乡建设"),
            deputy, [], ProposalRules.Default, On(today.AddDays(-3)));
        submitted.Submit(On(today.AddDays(-2)));
        var assigned = Proposal.Draft(
            term, session, ProposalKind.Suggestion, new ProposalText(AssignedTitle, "桃源河沿岸堆放生活垃圾，汛期污染河道。", "生态环境"),
            deputy, [], ProposalRules.Default, On(today.AddDays(-10)));
        assigned.Submit(On(today.AddDays(-10)));
        var series = assigned.SeriesIn(term, session);
        assigned.Register(series, await services.GetRequiredService<IProposalNumbering>().NextAsync(series, CancellationToken.None), On(today.AddDays(-8)));
        assigned.Assign(new ProposalAssignment(lead, [], false, null), session, ProposalRules.Default, On(today.AddDays(-5)));
        // Assigned to the unit without an account of its own: its reply comes as a letter, which the secretary records.
        var overdue = Proposal.Draft(
            term, session, ProposalKind.Suggestion, new ProposalText(OverdueTitle, "桃源桥护栏锈蚀断裂，学生上下学经过存在安全隐患。", "城乡建设"),
            deputy, [], ProposalRules.Default, On(OverdueAssignedOn.AddDays(-10)));
        overdue.Submit(On(OverdueAssignedOn.AddDays(-10)));
        overdue.Register(series, await services.GetRequiredService<IProposalNumbering>().NextAsync(series, CancellationToken.None), On(OverdueAssignedOn.AddDays(-8)));
        overdue.Assign(new ProposalAssignment(other, [], false, null), session, ProposalRules.Default, On(OverdueAssignedOn));
        db.Proposals.AddRange(submitted, assigned, overdue);
        await db.SaveChangesAsync();

        var users = services.GetRequiredService<UserManager<AppUser>>();
        await AddUserAsync(users, new AppUser { UserName = SecretaryUserName, DisplayName = "桃源镇秘书", TownshipId = township.Id }, Roles.TownshipSecretary);
        await AddUserAsync(users, new AppUser { UserName = UnitOfficerUserName, DisplayName = "村镇建设办经办人", TownshipId = township.Id, HandlingUnitId = lead.Id }, Roles.HandlingUnitOfficer);
    }

    private static DeputyProfile Profile(string name, Gender gender, string phone) =>
        new(name, gender, new DateOnly(1978, 5, 1), "汉族", PartyAffiliation.Masses, OccupationCategory.Farmer, Education.HighSchool, phone, false, false);

    private static async Task AddUserAsync(UserManager<AppUser> users, AppUser user, string role)
    {
        user.Id = Guid.CreateVersion7();
        user.LockoutEnabled = true;
        Check(await users.CreateAsync(user, PortalServer.Password));
        Check(await users.AddToRoleAsync(user, role));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
