using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Domain.Townships;
using DeputyPortal.Infrastructure.Identity;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Support;

/// <summary>The records of one township in the baseline world.</summary>
public sealed record TownWorld(
    Township Township,
    Term Term,
    CongressSession Session,
    IReadOnlyList<ElectoralDistrict> Districts,
    IReadOnlyList<Deputy> Deputies,
    PresidiumMember Chair,
    RepresentativeGroup Group,
    IReadOnlyList<HandlingUnit> Units,
    IReadOnlyList<Constituent> Constituents)
{
    /// <summary>The deputy the "deputy" account of the township is bound to.</summary>
    public Deputy Deputy => Deputies[0];

    /// <summary>Another deputy of the same township, with constituents of their own.</summary>
    public Deputy OtherDeputy => Deputies[1];

    public IEnumerable<Constituent> ConstituentsOf(Deputy deputy) => Constituents.Where(c => c.DeputyId == deputy.Id);
}

/// <summary>
/// The baseline every functional test starts from: township A (茶亭镇) and township B (昂素镇), each with a term,
/// a session, districts, deputies, a presidium chair, a group, handling units and constituents, and one account per
/// role. User names: admin, county, secretary.a/b, presidium.a/b, deputy.a/b, deputy2.a, unit.a/b.
/// </summary>
public sealed class TestWorld
{
    /// <summary>
    /// The instant the application's clock stands at in functional tests: inside the baseline term, so "today" and
    /// "the current term" mean the same whenever the suite runs.
    /// </summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(8));

    public required TownWorld A { get; init; }

    public required TownWorld B { get; init; }

    public static async Task<TestWorld> SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var a = SeedTownship(db, "360000000001", "茶亭镇", "甲");
        var b = SeedTownship(db, "360000000002", "昂素镇", "乙");
        await db.SaveChangesAsync();

        var users = services.GetRequiredService<UserManager<AppUser>>();
        await AddUserAsync(users, "admin", "系统管理员", Roles.Admin);
        await AddUserAsync(users, "county", "县人大工作人员", Roles.CountyStaff);
        foreach (var (suffix, town) in new[] { ("a", a), ("b", b) })
        {
            await AddUserAsync(users, $"secretary.{suffix}", $"{town.Township.Name}秘书", Roles.TownshipSecretary, town.Township.Id);
            await AddUserAsync(users, $"presidium.{suffix}", $"{town.Township.Name}主席", Roles.PresidiumMember, town.Township.Id, deputyId: town.Deputies[5].Id);
            await AddUserAsync(users, $"deputy.{suffix}", town.Deputy.Name, Roles.Deputy, town.Township.Id, deputyId: town.Deputy.Id);
            await AddUserAsync(users, $"unit.{suffix}", $"{town.Units[0].Name}经办人", Roles.HandlingUnitOfficer, town.Township.Id, unitId: town.Units[0].Id);
        }

        await AddUserAsync(users, "deputy2.a", a.OtherDeputy.Name, Roles.Deputy, a.Township.Id, deputyId: a.OtherDeputy.Id);
        return new TestWorld { A = a, B = b };
    }

    private static TownWorld SeedTownship(AppDbContext db, string code, string name, string tag)
    {
        var township = Township.Create(code, name, "测试县");
        var term = Term.Create(township.Id, 18, new DateOnly(2021, 9, 1), new DateOnly(2026, 12, 31), new DateOnly(2021, 8, 20));
        var session = CongressSession.Plan(term, 1);
        session.RecordDates(term, new DateOnly(2021, 9, 1), new DateOnly(2021, 9, 2));
        var districts = new[]
        {
            ElectoralDistrict.Create(term, $"{tag}第一选区", 1800, 2),
            ElectoralDistrict.Create(term, $"{tag}第二选区", 2100, 3),
        };
        var deputies = Enumerable.Range(1, 6)
            .Select(i => Deputy.Elect(districts[i % 2], new DeputyProfile(
                $"{tag}代表{i}", i % 2 == 0 ? Gender.Female : Gender.Male, new DateOnly(1970 + i, 3, i), "汉族",
                i <= 3 ? PartyAffiliation.CpcMember : PartyAffiliation.Masses, OccupationCategory.Farmer, Education.HighSchool,
                $"1380000{i:D4}", i == 1, false)))
            .ToList();
        var chair = PresidiumMember.Appoint(term, deputies[5], PresidiumPost.Chair, term.StartsOn);
        var group = RepresentativeGroup.Form(term, $"{tag}第一代表小组", deputies.Take(4).ToList(), deputies[0], chair);
        var units = new[]
        {
            HandlingUnit.Register(township.Id, $"{name}农业农村办", HandlingUnitKind.TownshipOffice, "王主任"),
            HandlingUnit.Register(township.Id, $"{name}村镇建设办", HandlingUnitKind.TownshipOffice, "李主任"),
        };
        var constituents = Enumerable.Range(1, 12)
            .Select(i => Constituent.AssignTo(
                deputies[i % 2 == 0 ? 0 : 1], $"{tag}选民{i}", ConstituentKind.Voter, $"{tag}村", $"{tag}村{i}组{i}号", $"1390000{i:D4}"))
            .ToList();

        db.Townships.Add(township);
        db.Terms.Add(term);
        db.CongressSessions.Add(session);
        db.ElectoralDistricts.AddRange(districts);
        db.Deputies.AddRange(deputies);
        db.PresidiumMembers.Add(chair);
        db.RepresentativeGroups.Add(group);
        db.HandlingUnits.AddRange(units);
        db.Constituents.AddRange(constituents);
        return new TownWorld(township, term, session, districts, deputies, chair, group, units, constituents);
    }

    private static async Task AddUserAsync(
        UserManager<AppUser> users, string userName, string displayName, string role, Guid? townshipId = null, Guid? deputyId = null, Guid? unitId = null)
    {
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            DisplayName = displayName,
            TownshipId = townshipId,
            DeputyId = deputyId,
            HandlingUnitId = unitId,
        };
        Check(await users.CreateAsync(user, PortalFactory.Password));
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
