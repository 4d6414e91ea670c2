using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Me;

public sealed class MeTests(PortalFactory portal) : PortalTest(portal)
{
    private async Task<JsonElement> MeAsync(string userName)
    {
        var response = await (await As(userName)).GetAsync("/api/v1/me");
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Me_AsDeputy_ShowsAccountAndOwnDeputyRecordWithPhoneInFull()
    {
        var me = await MeAsync("deputy.a");

        Assert.Equal("deputy.a", me.GetProperty("userName").GetString());
        Assert.Equal(World.A.Deputy.Name, me.GetProperty("displayName").GetString());
        Assert.Equal("Deputy", me.GetProperty("role").GetString());
        Assert.Equal(World.A.Township.Id, me.GetProperty("townshipId").GetGuid());
        Assert.Equal("茶亭镇", me.GetProperty("townshipName").GetString());
        Assert.Equal(World.A.Deputy.Id, me.GetProperty("deputyId").GetGuid());
        var deputy = me.GetProperty("deputy");
        Assert.Equal(World.A.Deputy.Id, deputy.GetProperty("id").GetGuid());
        Assert.Equal(World.A.Deputy.Name, deputy.GetProperty("name").GetString());
        Assert.Equal(World.A.Deputy.DistrictId, deputy.GetProperty("districtId").GetGuid());
        Assert.Equal(World.A.Districts.Single(d => d.Id == World.A.Deputy.DistrictId).Name, deputy.GetProperty("districtName").GetString());
        Assert.Equal(World.A.Deputy.Phone, deputy.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Me_AsSecretary_HasTownshipButNoDeputyRecord()
    {
        var me = await MeAsync("secretary.b");

        Assert.Equal("TownshipSecretary", me.GetProperty("role").GetString());
        Assert.Equal("昂素镇秘书", me.GetProperty("displayName").GetString());
        Assert.Equal(World.B.Township.Id, me.GetProperty("townshipId").GetGuid());
        Assert.Equal("昂素镇", me.GetProperty("townshipName").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("deputyId").ValueKind);
        Assert.Equal(JsonValueKind.Null, me.GetProperty("deputy").ValueKind);
    }

    [Fact]
    public async Task Me_AsCountyStaff_IsBoundToNoTownship()
    {
        var me = await MeAsync("county");

        Assert.Equal("CountyStaff", me.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("townshipId").ValueKind);
        Assert.Equal(JsonValueKind.Null, me.GetProperty("handlingUnitId").ValueKind);
    }

    [Fact]
    public async Task Me_AsHandlingUnitOfficer_ShowsTheUnit()
    {
        var me = await MeAsync("unit.a");

        Assert.Equal("HandlingUnitOfficer", me.GetProperty("role").GetString());
        Assert.Equal(World.A.Units[0].Id, me.GetProperty("handlingUnitId").GetGuid());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("deputy").ValueKind);
    }

    [Fact]
    public async Task Me_AsPresidiumMemberWhoIsADeputy_ShowsTheirDeputyRecord()
    {
        var me = await MeAsync("presidium.a");

        Assert.Equal("PresidiumMember", me.GetProperty("role").GetString());
        Assert.Equal(World.A.Deputies[5].Id, me.GetProperty("deputy").GetProperty("id").GetGuid());
        Assert.Equal(World.A.Deputies[5].Phone, me.GetProperty("deputy").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Me_Anonymous_IsUnauthorized()
    {
        using var anonymous = Portal.CreateClient();

        var response = await anonymous.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MyConstituents_AsDeputy_ListsOwnInFull()
    {
        var response = await (await As("deputy2.a")).GetAsync("/api/v1/me/constituents?sort=name");

        await response.ShouldBe(HttpStatusCode.OK);
        var page = await response.JsonAsync();
        var own = World.A.ConstituentsOf(World.A.OtherDeputy).ToList();
        Assert.Equal(own.Count, page.GetProperty("totalCount").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(own.Select(c => c.Id).Order(), items.Select(c => c.GetProperty("id").GetGuid()).Order());
        Assert.All(items, c => Assert.Equal(own.Single(o => o.Id == c.GetProperty("id").GetGuid()).Phone, c.GetProperty("phone").GetString()));
    }

    [Theory]
    [InlineData("secretary.a")]
    [InlineData("presidium.a")]
    [InlineData("county")]
    [InlineData("unit.a")]
    public async Task MyConstituents_AsNonDeputy_IsForbidden(string userName)
    {
        var response = await (await As(userName)).GetAsync("/api/v1/me/constituents");

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }
}
