using DeputyPortal.Api.FunctionalTests.Support;
using Xunit.Abstractions;
namespace DeputyPortal.Api.FunctionalTests.OData;
public sealed class ScratchTests(PortalFactory portal, ITestOutputHelper output) : PortalTest(portal)
{
    [Fact]
    public async Task Dump()
    {
        await new DeputyPortal.Api.FunctionalTests.Proposals.ProposalHistory(Portal).AssignedOnAsync(new DateOnly(2026, 1, 5));
        using var county = await As("county");
        Portal.Logs.Clear();
        using var r = await county.GetAsync("/odata/Proposals?$orderby=TownshipCode&$count=true");
        foreach (var l in Portal.Logs.Lines.Where(l => l.Contains("Exception"))) output.WriteLine(l[..Math.Min(1500, l.Length)]);
        Assert.Fail("dump");
    }
}
