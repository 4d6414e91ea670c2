using System.Globalization;
using System.Reflection;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Api.FunctionalTests.OData;

/// <summary>
/// Each ready query of docs/odata.md, run by the URL the documentation gives, against figures computed here from the
/// records the test writes (today is 2026-06-15, in the quarter that began on 2026-04-01).
/// </summary>
public sealed class CatalogueTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestWorld.Now.Date);

    private FeedHistory History => new(Portal);

    [Fact]
    public void EveryReadyQuery_HasItsTest()
    {
        var tested = typeof(CatalogueTests).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name.Split('_')[0])
            .ToHashSet();

        Assert.True(Catalogue.Ids.Count >= 12, "docs/odata.md lists fewer ready queries than it promises");
        Assert.All(Catalogue.Ids, id => Assert.Contains(id, tested));
    }

    [Fact]
    public async Task Q1_OverdueProposalsByTownship()
    {
        await AssignedAsync(World.A, new DateOnly(2026, 1, 5));
        await AssignedAsync(World.A, new DateOnly(2026, 1, 6));
        await AssignedAsync(World.B, new DateOnly(2026, 2, 1));
        await AssignedAsync(World.B, new DateOnly(2026, 6, 1));
        await History.ProposalAsync(World.A, new ProposalPath(new DateOnly(2026, 1, 1), AssignedOn: new DateOnly(2026, 1, 2), RepliedOn: new DateOnly(2026, 5, 1)));

        var rows = await GroupsAsync("Q1", "Proposals");

        Assert.Equal(
            [(World.A.Township.Code, World.A.Township.Name, 2L, DaysAfter(new DateOnly(2026, 4, 5))), (World.B.Township.Code, World.B.Township.Name, 1L, DaysAfter(new DateOnly(2026, 5, 1)))],
            rows.Select(r => ((string?)r["TownshipCode"], (string?)r["TownshipName"], Number(r["Overdue"]), Number(r["MaxDaysOverdue"]))));
    }

    [Fact]
    public async Task Q2_OverdueProposals_LongestFirst()
    {
        await AssignedAsync(World.A, new DateOnly(2026, 1, 6));
        await AssignedAsync(World.B, new DateOnly(2026, 2, 1));
        await AssignedAsync(World.A, new DateOnly(2026, 1, 5));
        await AssignedAsync(World.A, new DateOnly(2026, 6, 1));

        var rows = await PageAsync("Q2", "Proposals");

        Assert.Equal(
            [(World.A.Township.Name, DaysAfter(new DateOnly(2026, 4, 5))), (World.A.Township.Name, DaysAfter(new DateOnly(2026, 4, 6))), (World.B.Township.Name, DaysAfter(new DateOnly(2026, 5, 1)))],
            rows.Select(r => ((string?)r["TownshipName"], Number(r["DaysOverdue"]))));
        Assert.All(rows, r => Assert.Equal(r["TownshipName"] is string t && t == World.A.Township.Name ? World.A.Units[0].Name : World.B.Units[0].Name, r["LeadUnitName"]));
    }

    [Fact]
    public async Task Q3_SatisfactionRateByTownshipAndYear()
    {
        await RepliedAsync(World.A, new DateOnly(2026, 1, 10), rating: Rating.Satisfied);
        await RepliedAsync(World.A, new DateOnly(2026, 1, 11), rating: Rating.BasicallySatisfied);
        await RepliedAsync(World.A, new DateOnly(2026, 1, 12), rating: Rating.Dissatisfied);
        await RepliedAsync(World.A, new DateOnly(2025, 10, 10), rating: Rating.Satisfied);
        await RepliedAsync(World.B, new DateOnly(2026, 1, 10));

        var rows = await PageAsync("Q3", "ProposalStatistics");

        Assert.Equal(
            [(World.A.Township.Code, 2025, 1, (decimal?)1m), (World.A.Township.Code, 2026, 3, Math.Round(2m / 3, 4)), (World.B.Township.Code, 2026, 0, null)],
            rows.Select(r => ((string?)r["TownshipCode"], (int)r["Year"]!, (int)r["Rated"]!, (decimal?)r["SatisfactionRate"])));
    }

    [Fact]
    public async Task Q4_OnTimeReplyRateByTownship_LowestFirst()
    {
        await History.ProposalAsync(World.A, new ProposalPath(new DateOnly(2026, 1, 10), AssignedOn: new DateOnly(2026, 1, 12), RepliedOn: new DateOnly(2026, 3, 1)));
        await History.ProposalAsync(World.A, new ProposalPath(new DateOnly(2026, 1, 10), AssignedOn: new DateOnly(2026, 1, 12), RepliedOn: new DateOnly(2026, 5, 1)));
        await History.ProposalAsync(World.A, new ProposalPath(new DateOnly(2025, 1, 10), AssignedOn: new DateOnly(2025, 1, 12), RepliedOn: new DateOnly(2025, 9, 1)));
        await History.ProposalAsync(World.B, new ProposalPath(new DateOnly(2026, 2, 10), AssignedOn: new DateOnly(2026, 2, 12), RepliedOn: new DateOnly(2026, 3, 1)));

        var rows = await PageAsync("Q4", "ProposalStatistics");

        Assert.Equal(
            [(World.A.Township.Name, 2, 1, 0.5m), (World.B.Township.Name, 1, 1, 1m)],
            rows.Select(r => ((string?)r["TownshipName"], (int)r["Replied"]!, (int)r["RepliedOnTime"]!, (decimal?)r["OnTimeRate"])));
    }

    [Fact]
    public async Task Q5_ReplyClassesByUnit()
    {
        await RepliedAsync(World.A, new DateOnly(2026, 1, 10), ReplyClass.A);
        await RepliedAsync(World.A, new DateOnly(2026, 1, 11), ReplyClass.A);
        await RepliedAsync(World.A, new DateOnly(2026, 1, 12), ReplyClass.C);
        await RepliedAsync(World.A, new DateOnly(2026, 1, 13), ReplyClass.D, unit: 1);
        await RepliedAsync(World.B, new DateOnly(2026, 1, 14), ReplyClass.B);
        await AssignedAsync(World.A, new DateOnly(2026, 6, 1));

        var rows = await GroupsAsync("Q5", "Proposals");

        Assert.Equal(
            new[]
            {
                (World.A.Township.Name, World.A.Units[0].Name, "A", 2L), (World.A.Township.Name, World.A.Units[0].Name, "C", 1L),
                (World.A.Township.Name, World.A.Units[1].Name, "D", 1L), (World.B.Township.Name, World.B.Units[0].Name, "B", 1L),
            }.Order(),
            rows.Select(r => ((string)r["TownshipName"]!, (string)r["LeadUnitName"]!, (string)r["LastReplyClass"]!, Number(r["Replies"]))).Order());
    }

    [Fact]
    public async Task Q6_GroupsIdleThisQuarter()
    {
        await History.ActivityAsync(World.A, ActivityKind.Training, new DateOnly(2026, 4, 10), byGroup: true);
        await History.ActivityAsync(World.B, ActivityKind.Training, new DateOnly(2026, 2, 10), byGroup: true);
        await History.ActivityAsync(World.B, ActivityKind.Inspection, new DateOnly(2026, 5, 10));

        var rows = await PageAsync("Q6", "RepresentativeGroups");

        var row = Assert.Single(rows);
        Assert.Equal((World.B.Township.Name, World.B.Group.Name), ((string?)row["TownshipName"], (string?)row["Name"]));
        Assert.Equal(new DateOnly(2026, 2, 10), Date(row["LastActivityOn"]));
    }

    [Fact]
    public async Task Q7_RectificationItemsOverdue()
    {
        await History.ActivityAsync(World.A, ActivityKind.Inspection, new DateOnly(2026, 3, 1), 1, false,
            new RectificationDraft("路灯损坏未修复", World.A.Units[0].Id, new DateOnly(2026, 5, 1)),
            new RectificationDraft("垃圾清运不及时", World.A.Units[0].Id, new DateOnly(2026, 7, 1)),
            new RectificationDraft("台账不全", World.A.Units[1].Id, new DateOnly(2026, 4, 1), RectificationStatus.Completed, new DateOnly(2026, 4, 1), "已补齐"));
        await History.ActivityAsync(World.B, ActivityKind.LawEnforcementCheck, new DateOnly(2026, 3, 1), 1, false,
            new RectificationDraft("执法记录缺失", World.B.Units[1].Id, new DateOnly(2026, 6, 1), RectificationStatus.InProgress));

        var rows = await PageAsync("Q7", "RectificationItems");

        Assert.Equal(
            [(World.A.Township.Name, "路灯损坏未修复", World.A.Units[0].Name), (World.B.Township.Name, "执法记录缺失", World.B.Units[1].Name)],
            rows.Select(r => ((string?)r["TownshipName"], (string?)r["Description"], (string?)r["ResponsibleUnitName"])));
    }

    [Fact]
    public async Task Q8_ProposalsPerKindPerYear()
    {
        await History.ProposalAsync(World.A, new ProposalPath(new DateOnly(2026, 1, 10)));
        await History.ProposalAsync(World.A, new ProposalPath(new DateOnly(2026, 2, 10), Rejected: true));
        await History.ProposalAsync(World.A, new ProposalPath(new DateOnly(2026, 3, 10), ProposalKind.Motion));
        await History.ProposalAsync(World.A, new ProposalPath(new DateOnly(2025, 3, 10)));
        await History.ProposalAsync(World.B, new ProposalPath(new DateOnly(2026, 4, 10)));

        var rows = await GroupsAsync("Q8", "Proposals");

        Assert.Equal(
            new[] { (2025, "Suggestion", 1L), (2026, "Motion", 1L), (2026, "Suggestion", 3L) },
            rows.Select(r => ((int)r["SubmittedYear"]!, (string)r["Kind"]!, Number(r["Proposals"]))).Order());
    }

    [Fact]
    public async Task Q9_ActivitiesByKindPerTownshipThisYear()
    {
        await History.ActivityAsync(World.A, ActivityKind.Training, new DateOnly(2026, 1, 10), present: 2);
        await History.ActivityAsync(World.A, ActivityKind.Training, new DateOnly(2026, 4, 10), present: 1);
        await History.ActivityAsync(World.A, ActivityKind.Inspection, new DateOnly(2026, 5, 10), present: 3);
        await History.ActivityAsync(World.A, ActivityKind.Training, new DateOnly(2025, 5, 10), present: 3);
        await History.ActivityAsync(World.B, ActivityKind.Research, new DateOnly(2026, 3, 10), present: 1);

        var rows = await GroupsAsync("Q9", "Activities");

        Assert.Equal(
            new[] { (World.A.Township.Name, "Inspection", 1L, 3L), (World.A.Township.Name, "Training", 2L, 3L), (World.B.Township.Name, "Research", 1L, 1L) }.Order(),
            rows.Select(r => ((string)r["TownshipName"]!, (string)r["Kind"]!, Number(r["Activities"]), Number(r["Attendances"]))).Order());
    }

    [Fact]
    public async Task Q10_HandlingOverviewByTownshipAndYear()
    {
        await RepliedAsync(World.A, new DateOnly(2026, 1, 10), ReplyClass.A);
        await RepliedAsync(World.A, new DateOnly(2026, 1, 11), ReplyClass.C);
        await History.ProposalAsync(World.A, new ProposalPath(new DateOnly(2026, 1, 12), AssignedOn: new DateOnly(2026, 1, 13)));
        await History.ProposalAsync(World.A, new ProposalPath(new DateOnly(2026, 1, 14), Rejected: true));
        await History.ProposalAsync(World.B, new ProposalPath(new DateOnly(2026, 5, 14)));

        var rows = await PageAsync("Q10", "ProposalStatistics");

        string[] figures = ["Received", "Registered", "Assigned", "Replied", "OverdueNow", "ClassA", "ClassB", "ClassC", "ClassD"];
        Assert.Equal(
            [(World.A.Township.Code, 2026, "4 3 3 2 1 1 0 1 0"), (World.B.Township.Code, 2026, "1 1 0 0 0 0 0 0 0")],
            rows.Select(r => ((string?)r["TownshipCode"], (int)r["Year"]!, string.Join(' ', figures.Select(f => r[f])))));
    }

    [Fact]
    public async Task Q11_SupervisionActivitiesThisYear()
    {
        await History.ActivityAsync(World.A, ActivityKind.Inspection, new DateOnly(2026, 1, 10));
        await History.ActivityAsync(World.A, ActivityKind.Research, new DateOnly(2026, 4, 10));
        await History.ActivityAsync(World.A, ActivityKind.Training, new DateOnly(2026, 4, 11));
        await History.ActivityAsync(World.A, ActivityKind.Inspection, new DateOnly(2025, 4, 10));
        await History.ActivityAsync(World.B, ActivityKind.ReceptionDay, new DateOnly(2026, 4, 10));

        var rows = await GroupsAsync("Q11", "Activities");

        Assert.Equal([(World.A.Township.Name, 2L)], rows.Select(r => ((string?)r["TownshipName"], Number(r["Supervision"]))));
    }

    [Fact]
    public async Task Q12_RedWarnings()
    {
        await AssignedAsync(World.A, new DateOnly(2026, 3, 20));
        await AssignedAsync(World.A, new DateOnly(2026, 1, 5));
        await AssignedAsync(World.A, new DateOnly(2026, 4, 1));
        await AssignedAsync(World.B, new DateOnly(2026, 3, 10));
        await AssignedAsync(World.B, new DateOnly(2026, 6, 1));

        var rows = await PageAsync("Q12", "Proposals");

        // Due 2026-04-05 (overdue), 2026-06-10 (overdue), 2026-06-20 (5 days left); 2026-07-01 is yellow, 2026-09-01 green.
        Assert.Equal(
            [(World.A.Township.Name, new DateOnly(2026, 4, 5), DaysAfter(new DateOnly(2026, 4, 5))), (World.B.Township.Name, new DateOnly(2026, 6, 10), 5L), (World.A.Township.Name, new DateOnly(2026, 6, 20), 0L)],
            rows.Select(r => ((string?)r["TownshipName"], Date(r["DueOn"]), Number(r["DaysOverdue"]))));
    }

    private Task<Guid> AssignedAsync(TownWorld town, DateOnly assignedOn) =>
        History.ProposalAsync(town, new ProposalPath(assignedOn.AddDays(-5), AssignedOn: assignedOn));

    /// <summary>Submitted on <paramref name="submittedOn"/>, assigned two days later and replied on time a month after that.</summary>
    private Task<Guid> RepliedAsync(TownWorld town, DateOnly submittedOn, ReplyClass resultClass = ReplyClass.A, Rating? rating = null, int unit = 0) =>
        History.ProposalAsync(town, new ProposalPath(
            submittedOn, AssignedOn: submittedOn.AddDays(2), RepliedOn: submittedOn.AddDays(2).AddMonths(1), ReplyClass: resultClass, Rating: rating, Unit: unit));

    private async Task<IReadOnlyList<Dictionary<string, object?>>> PageAsync(string id, string set)
    {
        using var county = await As("county");
        var page = await ODataClient.ReadPageAsync(county, await ODataClient.MetadataAsync(county), Catalogue.Url(id), set);
        return page.Rows;
    }

    private async Task<IReadOnlyList<Dictionary<string, object?>>> GroupsAsync(string id, string set)
    {
        using var county = await As("county");
        var page = await ODataClient.ReadGroupsAsync(county, await ODataClient.MetadataAsync(county), Catalogue.Url(id), set);
        return page.Rows;
    }

    private static long DaysAfter(DateOnly dueOn) => Today.DayNumber - dueOn.DayNumber;

    private static long Number(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static DateOnly? Date(object? value) =>
        value is null ? null : DateOnly.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture);
}
