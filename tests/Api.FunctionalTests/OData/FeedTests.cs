using System.Net;
using DeputyPortal.Api.FunctionalTests.Compliance;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData.Edm;

namespace DeputyPortal.Api.FunctionalTests.OData;

/// <summary>The OData feed read as Excel, Power BI or a script reads it: through HTTP, on the real PostgreSQL.</summary>
public sealed class FeedTests(PortalFactory portal) : PortalTest(portal)
{
    /// <summary>The sets of records (each row has an Id and a Township to expand).</summary>
    private static readonly string[] RecordSets =
    [
        "Townships", "Terms", "CongressSessions", "ElectoralDistricts", "Deputies", "RepresentativeGroups",
        "HandlingUnits", "Proposals", "Activities", "RectificationItems", "PresidiumMeetings", "PerformanceReviews",
        "ProposalStatistics",
    ];

    /// <summary>The computed sets (tested in <see cref="ComplianceFeedTests"/> and <see cref="DutyProfileFeedTests"/>).</summary>
    private static readonly string[] ComplianceSets = ["QuarterlyCompliance", "DeputyCompliance", "TermStructures", "DutyProfiles"];

    private static readonly string[] ContractSets = [.. RecordSets, .. ComplianceSets];

    private static readonly DateOnly Today = DateOnly.FromDateTime(TestWorld.Now.Date);

    [Fact]
    public async Task Metadata_HoldsExactlyTheContractSets_AndNoPersonalData()
    {
        using var county = await As("county");

        var model = await ODataClient.MetadataAsync(county);

        Assert.Equal(ContractSets.Order(), model.EntityContainer.EntitySets().Select(s => s.Name).Order());
        var properties = model.SchemaElements.OfType<IEdmStructuredType>().SelectMany(t => t.DeclaredProperties).Select(p => p.Name).ToList();
        Assert.DoesNotContain(properties, p => p.Contains("Phone") || p.Contains("Address") || p.Contains("IdNumber") || p.Contains("BirthDate")
            || p.Contains("ReportText") || p.Contains("HeadName") || p.Contains("Content"));
        var deputy = (IEdmEntityType)model.FindDeclaredType("DeputyPortal.Deputy");
        Assert.Contains(deputy.DeclaredProperties, p => p.Name == "TownshipName");
        var proposal = (IEdmEntityType)model.FindDeclaredType("DeputyPortal.Proposal");
        Assert.Equal(EdmPrimitiveTypeKind.Date, proposal.FindProperty("DueOn").Type.AsPrimitive().PrimitiveKind());
        Assert.Equal(["Term", "Township"], proposal.NavigationProperties().Select(n => n.Name).Order());
        var quarterly = (IEdmEntityType)model.FindDeclaredType("DeputyPortal.QuarterlyCompliance");
        Assert.Equal(["Quarter", "TownshipId", "Year"], quarterly.Key().Select(k => k.Name).Order());
        Assert.Equal("DeputyPortal.ComplianceStatus", quarterly.FindProperty("R3Status").Type.FullName());
        Assert.Contains(quarterly.DeclaredProperties, p => p.Name == "TownshipCode");
        var structure = (IEdmEntityType)model.FindDeclaredType("DeputyPortal.TermStructure");
        Assert.Equal("DeputyPortal.StructureFlagStatus", structure.FindProperty("NonCpcFlag").Type.FullName());
        Assert.Empty(structure.NavigationProperties());
        var profile = (IEdmEntityType)model.FindDeclaredType("DeputyPortal.DutyProfile");
        Assert.Equal(["DeputyId", "Year"], profile.Key().Select(k => k.Name).Order());
        Assert.Contains(profile.DeclaredProperties, p => p.Name == "TownshipCode");
    }

    [Fact]
    public async Task Proposals_CarryTheTownship_TheWarningColour_AndTheDaysOverdue()
    {
        var history = new ProposalHistory(Portal);
        var overdue = await history.AssignedOnAsync(new DateOnly(2026, 1, 5));
        var fresh = await history.AssignedOnAsync(new DateOnly(2026, 6, 1), town: World.B);
        var dueOn = await DueOnAsync(overdue);
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var page = await ODataClient.ReadPageAsync(county, model, "/odata/Proposals?$orderby=TownshipCode&$count=true", "Proposals");

        Assert.Equal(2, page.Count);
        var a = page.Rows.Single(r => (Guid)r["Id"]! == overdue);
        Assert.Equal(World.A.Township.Code, a["TownshipCode"]);
        Assert.Equal(World.A.Township.Name, a["TownshipName"]);
        Assert.Equal("Red", a["Color"]);
        Assert.Equal(true, a["IsOverdue"]);
        Assert.Equal(Today.DayNumber - dueOn.DayNumber, a["DaysOverdue"]);
        var b = page.Rows.Single(r => (Guid)r["Id"]! == fresh);
        Assert.Equal(World.B.Township.Name, b["TownshipName"]);
        Assert.Equal(false, b["IsOverdue"]);
        Assert.Equal(0, b["DaysOverdue"]);
        Assert.Equal("Green", b["Color"]);
    }

    [Fact]
    public async Task Filters_TakeEnumsWithoutPrefix_DateLiterals_AndOffsetTimestamps()
    {
        var history = new ProposalHistory(Portal);
        var overdue = await history.AssignedOnAsync(new DateOnly(2026, 1, 5));
        await history.AssignedOnAsync(new DateOnly(2026, 6, 1));
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        var byStatus = await ODataClient.ReadPageAsync(county, model, "/odata/Proposals?$filter=Status eq 'Assigned' and IsOverdue", "Proposals");
        var byDate = await ODataClient.ReadPageAsync(county, model, "/odata/Proposals?$filter=AssignedOn lt 2026-03-01", "Proposals");
        var byColour = await ODataClient.ReadPageAsync(county, model, "/odata/Proposals?$filter=Color eq 'Red'", "Proposals");
        var byOffset = await ODataClient.ReadPageAsync(
            county, model, "/odata/Proposals?$filter=LastStepAt lt " + Uri.EscapeDataString("2026-03-01T00:00:00+08:00"), "Proposals");

        Assert.Equal([overdue], byStatus.Rows.Select(r => (Guid)r["Id"]!));
        Assert.Equal([overdue], byDate.Rows.Select(r => (Guid)r["Id"]!));
        Assert.Equal([overdue], byColour.Rows.Select(r => (Guid)r["Id"]!));
        Assert.Equal([overdue], byOffset.Rows.Select(r => (Guid)r["Id"]!));
    }

    [Fact]
    public async Task Paging_FollowsNextLink_ToTheEnd_EveryRowOnce_WithTheTotalCount()
    {
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);
        int total;
        await using (var scope = Portal.SystemScope())
        {
            total = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Deputies.CountAsync();
        }

        county.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=3");
        var ids = new List<Guid>();
        string? url = "/odata/Deputies?$count=true&$select=Id,Name,TownshipName";
        var pages = 0;
        while (url is not null)
        {
            var page = await ODataClient.ReadPageAsync(county, model, url, "Deputies");
            Assert.Equal(total, page.Count);
            Assert.True(page.Rows.Count <= 3);
            ids.AddRange(page.Rows.Select(r => (Guid)r["Id"]!));
            url = page.NextLink?.PathAndQuery;
            pages++;
        }

        Assert.True(pages > 1);
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("/odata/Proposals?$top=1000000")]
    [InlineData("/odata/Proposals?$expand=LeadDeputy")]
    [InlineData("/odata/Townships?$apply=groupby((Name))")]
    [InlineData("/odata/Proposals?$search=路")]
    [InlineData("/odata/Proposals?$filter=Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x' or Title eq 'x'")]
    [InlineData("/odata/Proposals?$orderby=Title,Number,Kind,Status,Category,DueOn")]
    [InlineData("/odata/Proposals?$filter=Nope eq 1")]
    public async Task HostileOrInvalidQueries_Answer400(string url)
    {
        using var county = await As("county");

        using var response = await county.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AFiveThousandCharacterFilter_Answers400()
    {
        using var county = await As("county");

        using var response = await county.GetAsync("/odata/Proposals?$filter=Title eq '" + new string('x', 5000) + "'");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Expand_FollowsTheDocumentedNavigations_ToDepthTwo()
    {
        await new ProposalHistory(Portal).AssignedOnAsync(new DateOnly(2026, 1, 5));
        using var county = await As("county");

        var json = await ODataClient.JsonAsync(county, "/odata/Proposals?$select=Id&$expand=Township($select=Code,Name),Term($expand=Township)");

        var row = json.GetProperty("value")[0];
        Assert.Equal(World.A.Township.Name, row.GetProperty("Township").GetProperty("Name").GetString());
        Assert.Equal(World.A.Township.Code, row.GetProperty("Term").GetProperty("Township").GetProperty("Code").GetString());
    }

    [Fact]
    public async Task ATownshipsSecretaryAndPresidium_SeeOnlyTheirOwn_OnEverySet_ThroughExpandAndApply()
    {
        var history = new ProposalHistory(Portal);
        await history.AssignedOnAsync(new DateOnly(2026, 1, 5));
        await history.AssignedOnAsync(new DateOnly(2026, 6, 1), town: World.B);
        var compliance = new ComplianceHistory(Portal);
        await compliance.GroupActivityAsync(World.A, new DateOnly(2026, 4, 10), World.A.Deputy);
        await compliance.GroupActivityAsync(World.B, new DateOnly(2026, 5, 10), World.B.Deputy);
        await compliance.MeetingAsync(World.B, new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.FromHours(8)));
        using var county = await As("county");
        var model = await ODataClient.MetadataAsync(county);

        foreach (var user in new[] { "secretary.a", "presidium.a" })
        {
            using var client = await As(user);
            foreach (var set in RecordSets)
            {
                var url = set switch
                {
                    "Townships" => "/odata/Townships?$select=Id,Name",
                    "ProposalStatistics" => "/odata/ProposalStatistics?$select=TownshipId,TownshipName",
                    _ => $"/odata/{set}?$select=Id,TownshipName&$expand=Township",
                };
                var page = await ODataClient.ReadPageAsync(client, model, url, set);
                Assert.All(page.Rows, r => Assert.Equal(World.A.Township.Name, r[set == "Townships" ? "Name" : "TownshipName"]));
            }

            var grouped = await ODataClient.ReadGroupsAsync(client, model, "/odata/Proposals?$apply=groupby((TownshipName),aggregate($count as N))", "Proposals");
            Assert.Equal([World.A.Township.Name], grouped.Rows.Select(r => r["TownshipName"]));
            var activities = await ODataClient.ReadGroupsAsync(client, model, "/odata/Activities?$apply=groupby((TownshipName),aggregate($count as N))", "Activities");
            Assert.Equal([World.A.Township.Name], activities.Rows.Select(r => r["TownshipName"]));
        }

        foreach (var set in RecordSets.Where(s => s is not ("RectificationItems" or "PerformanceReviews")))
        {
            var all = await ODataClient.ReadPageAsync(county, model, set == "ProposalStatistics" ? "/odata/ProposalStatistics?$select=TownshipId" : $"/odata/{set}?$select=Id", set);
            Assert.True(all.Rows.Count > 0, $"{set} is empty for county staff: the scoping check above proves nothing for it");
        }

        var both = await ODataClient.ReadGroupsAsync(county, model, "/odata/Proposals?$apply=groupby((TownshipName),aggregate($count as N))", "Proposals");
        Assert.Equal(2, both.Rows.Count);
    }

    [Theory]
    [InlineData("deputy.a", HttpStatusCode.Forbidden)]
    [InlineData("unit.a", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task DeputiesUnitsAndAdministrators_HaveNoFeed(string user, HttpStatusCode expected)
    {
        using var client = await As(user);

        using var response = await client.GetAsync("/odata/Proposals");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task WithoutCredentials_TheFeedAnswers401()
    {
        using var anonymous = Portal.CreateClient();

        using var response = await anonymous.GetAsync("/odata/Proposals");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<DateOnly> DueOnAsync(Guid proposalId)
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Proposals.SingleAsync(p => p.Id == proposalId)).DueOn!.Value;
    }
}
