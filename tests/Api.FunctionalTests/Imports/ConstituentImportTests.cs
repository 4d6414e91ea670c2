using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Constituents;
using Microsoft.EntityFrameworkCore;
using static DeputyPortal.Api.FunctionalTests.Imports.ImportFiles;

namespace DeputyPortal.Api.FunctionalTests.Imports;

public sealed class ConstituentImportTests(PortalFactory portal) : PortalTest(portal)
{
    private string ImportUrl => $"/api/v1/townships/{World.A.Township.Id}/constituents/import";

    private List<IDictionary<string, object?>> FourNewConstituents() =>
    [
        ConstituentRow("甲导入一", "甲东村", "13700000001", World.A.Deputy.Name),
        ConstituentRow("甲导入二", "甲东村", 13700000002L, World.A.Deputy.Name, kind: "联系户"),
        ConstituentRow("甲导入三", "甲西社区", null, World.A.OtherDeputy.Name, address: null),
        ConstituentRow("甲导入四", "甲西社区", "0797-1234567", World.A.OtherDeputy.Name),
    ];

    private static (int Created, int Updated, int Unchanged) Summary(System.Text.Json.JsonElement json) =>
        (json.GetProperty("created").GetInt32(), json.GetProperty("updated").GetInt32(), json.GetProperty("unchanged").GetInt32());

    [Fact]
    public async Task Import_GoodFile_CreatesEveryRowForTheNamedDeputies()
    {
        var before = await CountsAsync(Portal);

        var response = await (await As("secretary.a")).UploadAsync(ImportUrl, FourNewConstituents());

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal((4, 0, 0), Summary(await response.JsonAsync()));
        Assert.Equal(before.Constituents + 4, (await CountsAsync(Portal)).Constituents);
        var mine = await (await (await As("deputy.a")).GetAsync("/api/v1/me/constituents?village=甲东村")).JsonAsync();
        var items = mine.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["甲导入一", "甲导入二"], items.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["13700000001", "13700000002"], items.Select(c => c.GetProperty("phone").GetString()));
        Assert.Equal(["Voter", "Household"], items.Select(c => c.GetProperty("kind").GetString()));
        var third = await QueryAsync(Portal, db => db.Constituents.SingleAsync(c => c.Name == "甲导入三"));
        Assert.Equal((World.A.OtherDeputy.Id, World.A.Township.Id, (string?)null, (string?)null), (third.DeputyId, third.TownshipId, third.Phone, third.Address));
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondChangesNothing()
    {
        var secretary = await As("secretary.a");
        await (await secretary.UploadAsync(ImportUrl, FourNewConstituents())).ShouldBe(HttpStatusCode.OK);
        var afterFirst = await CountsAsync(Portal);

        var again = await secretary.UploadAsync(ImportUrl, FourNewConstituents());

        await again.ShouldBe(HttpStatusCode.OK);
        Assert.Equal((0, 0, 4), Summary(await again.JsonAsync()));
        Assert.Equal(afterFirst, await CountsAsync(Portal));
    }

    [Fact]
    public async Task Import_KnownPersonWithAnotherDeputy_IsReassignedAndUpdated()
    {
        var known = World.A.Constituents[0]; // 甲选民1 in 甲村, assigned to deputy2.a
        var before = await CountsAsync(Portal);

        var response = await (await As("secretary.a")).UploadAsync(ImportUrl,
        [
            ConstituentRow(known.Name, known.Village, known.Phone, World.A.Deputy.Name, kind: "联系户", address: known.Address),
            ConstituentRow(World.A.Constituents[1].Name, World.A.Constituents[1].Village, World.A.Constituents[1].Phone, World.A.Deputy.Name, address: World.A.Constituents[1].Address),
        ]);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal((0, 1, 1), Summary(await response.JsonAsync()));
        var after = await CountsAsync(Portal);
        Assert.Equal(before.Constituents, after.Constituents);
        var updated = await QueryAsync(Portal, db => db.Constituents.SingleAsync(c => c.Id == known.Id));
        Assert.Equal((World.A.Deputy.Id, ConstituentKind.Household), (updated.DeputyId, updated.Kind));
        await (await (await As("deputy.a")).GetAsync($"/api/v1/constituents/{known.Id}")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Import_WithTwoBadRowsAmongGoodOnes_IsRefusedListingBothAndWritesNothing()
    {
        var before = await CountsAsync(Portal);
        var rows = FourNewConstituents();
        rows.Insert(1, ConstituentRow("甲坏行一", "甲东村", "13700000009", "查无此人"));
        rows.Add(ConstituentRow("甲坏行二", "甲东村", "13700000010", World.A.Deputy.Name, kind: "居民"));

        var response = await (await As("secretary.a")).UploadAsync(ImportUrl, rows);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["3:联系代表", "7:类别"], RowErrors(await response.JsonAsync()));
        Assert.Equal(before, await CountsAsync(Portal));
    }

    [Fact]
    public async Task Import_DeputyOfAnotherTownship_IsNotKnownHere()
    {
        var response = await (await As("secretary.a")).UploadAsync(ImportUrl, [ConstituentRow("甲导入一", "甲东村", "13700000001", World.B.Deputy.Name)]);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["2:联系代表"], RowErrors(await response.JsonAsync()));
    }

    [Fact]
    public async Task Import_SamePersonTwiceInTheFile_IsRefusedOnTheSecondRow()
    {
        var response = await (await As("secretary.a")).UploadAsync(ImportUrl,
        [
            ConstituentRow("甲导入一", "甲东村", "13700000001", World.A.Deputy.Name),
            ConstituentRow("甲导入一", "甲东村", 13700000001L, World.A.OtherDeputy.Name),
        ]);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["3:姓名"], RowErrors(await response.JsonAsync()));
    }

    [Fact]
    public async Task Import_HalfWidthBracketsInTheVillageHeader_AreAccepted()
    {
        var row = ConstituentRow("甲导入一", "甲东村", "13700000001", World.A.Deputy.Name);
        var renamed = row.ToDictionary(p => p.Key == "村（社区）" ? "村(社区)" : p.Key, p => p.Value);

        var response = await (await As("secretary.a")).UploadAsync(ImportUrl, [renamed]);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal((1, 0, 0), Summary(await response.JsonAsync()));
    }

    [Fact]
    public async Task Import_IntoAnotherTownship_IsNotFoundAndWritesNothing()
    {
        var before = await CountsAsync(Portal);

        var response = await (await As("secretary.a")).UploadAsync(
            $"/api/v1/townships/{World.B.Township.Id}/constituents/import", [ConstituentRow("乙导入一", "乙村", "13700000001", World.B.Deputy.Name)]);

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(before, await CountsAsync(Portal));
    }

    [Theory]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("county")]
    public async Task Import_ByRoleOtherThanSecretary_IsForbidden(string userName)
    {
        var response = await (await As(userName)).UploadAsync(ImportUrl, FourNewConstituents());

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Template_HasTheHeaderRowAndAnExampleNamingAServingDeputy()
    {
        var secretary = await As("secretary.b");

        var response = await secretary.GetAsync($"/api/v1/townships/{World.B.Township.Id}/constituents/import-template");

        await response.ShouldBe(HttpStatusCode.OK);
        var content = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(ConstituentColumns, Headers(content));
        var example = Assert.Single(ReadSheet(content));
        Assert.Contains(example["联系代表"]?.ToString(), World.B.Deputies.Select(d => d.Name));
        Assert.Contains(example["类别"]?.ToString(), new[] { "选民", "联系户" });
        var imported = await secretary.PostAsync($"/api/v1/townships/{World.B.Township.Id}/constituents/import", Form(content));
        await imported.ShouldBe(HttpStatusCode.OK);
        Assert.Equal((1, 0, 0), Summary(await imported.JsonAsync()));
    }

    [Theory]
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("secretary.b", HttpStatusCode.NotFound)]
    public async Task Template_ForOthersThanTheTownshipsSecretary_IsRefused(string userName, HttpStatusCode expected)
    {
        var response = await (await As(userName)).GetAsync($"/api/v1/townships/{World.A.Township.Id}/constituents/import-template");

        await response.ShouldBe(expected);
    }
}
