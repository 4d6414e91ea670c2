using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Deputies;
using Microsoft.EntityFrameworkCore;
using static DeputyPortal.Api.FunctionalTests.Imports.ImportFiles;

namespace DeputyPortal.Api.FunctionalTests.Imports;

public sealed class DeputyImportTests(PortalFactory portal) : PortalTest(portal)
{
    private string ImportUrl => $"/api/v1/townships/{World.A.Township.Id}/deputies/import?termId={World.A.Term.Id}";

    private List<IDictionary<string, object?>> ThreeNewDeputies() =>
    [
        DeputyRow("甲新代表一", "1980-05-06", "甲第一选区", phone: "13811112222"),
        DeputyRow("甲新代表二", new DateTime(1982, 7, 8), "甲第二选区", gender: "男", party: "中共党员", phone: 13811113333L),
        DeputyRow("甲新代表三", 30000d, "甲第一选区", reelected: "是"),
    ];

    [Fact]
    public async Task Import_GoodFile_CreatesEveryRowAndCountsThem()
    {
        var before = await CountsAsync(Portal);

        var response = await (await As("secretary.a")).UploadAsync(ImportUrl, ThreeNewDeputies());

        await response.ShouldBe(HttpStatusCode.OK);
        var summary = await response.JsonAsync();
        Assert.Equal(3, summary.GetProperty("created").GetInt32());
        Assert.Equal(0, summary.GetProperty("updated").GetInt32());
        Assert.Equal(0, summary.GetProperty("unchanged").GetInt32());
        Assert.Equal(World.A.Term.Id, summary.GetProperty("termId").GetGuid());
        Assert.Equal(before.Deputies + 3, (await CountsAsync(Portal)).Deputies);
        var imported = (await QueryAsync(Portal, db => db.Deputies.Where(d => d.Name.StartsWith("甲新代表")).ToListAsync())).ToDictionary(d => d.Name);
        Assert.Equal(new DateOnly(1980, 5, 6), imported["甲新代表一"].BirthDate);
        Assert.Equal(new DateOnly(1982, 7, 8), imported["甲新代表二"].BirthDate);
        Assert.Equal(DateOnly.FromDateTime(DateTime.FromOADate(30000)), imported["甲新代表三"].BirthDate);
        Assert.All(imported.Values, d => Assert.Equal((World.A.Township.Id, World.A.Term.Id), (d.TownshipId, d.TermId)));
        var second = imported["甲新代表二"];
        Assert.Equal((Gender.Male, PartyAffiliation.CpcMember, "13811113333"), (second.Gender, second.Party, second.Phone));
        Assert.Equal(World.A.Districts[1].Id, second.DistrictId);
        Assert.True(imported["甲新代表三"].IsReelected);
        Assert.Null(imported["甲新代表三"].Phone);
    }

    [Fact]
    public async Task Import_WithoutTermId_GoesIntoTheTermCurrentToday()
    {
        var response = await (await As("secretary.a")).UploadAsync(
            $"/api/v1/townships/{World.A.Township.Id}/deputies/import", [DeputyRow("甲新代表一", "1980-05-06", "甲第一选区")]);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(World.A.Term.Id, (await response.JsonAsync()).GetProperty("termId").GetGuid());
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondChangesNothing()
    {
        var secretary = await As("secretary.a");
        await (await secretary.UploadAsync(ImportUrl, ThreeNewDeputies())).ShouldBe(HttpStatusCode.OK);
        var afterFirst = await CountsAsync(Portal);

        var again = await secretary.UploadAsync(ImportUrl, ThreeNewDeputies());

        await again.ShouldBe(HttpStatusCode.OK);
        var summary = await again.JsonAsync();
        Assert.Equal((0, 0, 3), (summary.GetProperty("created").GetInt32(), summary.GetProperty("updated").GetInt32(), summary.GetProperty("unchanged").GetInt32()));
        Assert.Equal(afterFirst, await CountsAsync(Portal));
    }

    [Fact]
    public async Task Import_KnownDeputyWithChangedProfile_IsUpdatedNotDuplicated()
    {
        var known = World.A.Deputies[2]; // 甲代表3, born 1973-03-03, in 甲第二选区
        var before = await CountsAsync(Portal);

        var response = await (await As("secretary.a")).UploadAsync(ImportUrl,
        [
            DeputyRow(known.Name, known.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "甲第一选区", gender: "男", party: "中共党员", phone: "13899998888"),
            DeputyRow("甲新代表一", "1980-05-06", "甲第一选区"),
        ]);

        await response.ShouldBe(HttpStatusCode.OK);
        var summary = await response.JsonAsync();
        Assert.Equal((1, 1, 0), (summary.GetProperty("created").GetInt32(), summary.GetProperty("updated").GetInt32(), summary.GetProperty("unchanged").GetInt32()));
        Assert.Equal(before.Deputies + 1, (await CountsAsync(Portal)).Deputies);
        var updated = await QueryAsync(Portal, db => db.Deputies.SingleAsync(d => d.Id == known.Id));
        Assert.Equal("13899998888", updated.Phone);
        Assert.Equal(World.A.Districts[0].Id, updated.DistrictId);
    }

    [Fact]
    public async Task Import_WithTwoBadRowsAmongGoodOnes_IsRefusedListingBothAndWritesNothing()
    {
        var before = await CountsAsync(Portal);

        var response = await (await As("secretary.a")).UploadAsync(ImportUrl,
        [
            DeputyRow("甲新代表一", "1980-05-06", "甲第一选区"),
            DeputyRow("甲新代表二", "1981-05-06", "甲第一选区", gender: "未知"),
            DeputyRow("甲新代表三", "1982-05-06", "甲第一选区"),
            DeputyRow("甲新代表四", "1983-05-06", "不存在的选区"),
            DeputyRow("甲新代表五", "1984-05-06", "甲第二选区"),
        ]);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.JsonAsync();
        Assert.Equal(["3:性别", "5:选区"], RowErrors(problem));
        Assert.All(problem.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString())));
        Assert.Equal(before, await CountsAsync(Portal));
    }

    [Fact]
    public async Task Import_RowBreakingCellRules_NamesEveryColumn()
    {
        var bad = DeputyRow("", "1980-13-45", "甲第一选区", party: "党员", phone: "12345", reelected: "可能");
        bad["民族"] = null;

        var response = await (await As("secretary.a")).UploadAsync(ImportUrl, [bad]);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["2:姓名", "2:出生日期", "2:民族", "2:政治面貌", "2:手机号码", "2:是否连任"], RowErrors(await response.JsonAsync()));
    }

    [Fact]
    public async Task Import_RowBreakingADomainRule_IsRefusedInThatColumn()
    {
        var response = await (await As("secretary.a")).UploadAsync(ImportUrl, [DeputyRow("甲新代表一", "1899-12-31", "甲第一选区")]);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.JsonAsync();
        Assert.Equal(["2:出生日期"], RowErrors(problem));
        Assert.Equal("出生日期不合理。", problem.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Import_SameDeputyTwiceInTheFile_IsRefusedOnTheSecondRow()
    {
        var response = await (await As("secretary.a")).UploadAsync(ImportUrl,
        [
            DeputyRow("甲新代表一", "1980-05-06", "甲第一选区"),
            DeputyRow("甲新代表二", "1981-05-06", "甲第一选区"),
            DeputyRow("甲新代表一", new DateTime(1980, 5, 6), "甲第二选区"),
        ]);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["4:姓名"], RowErrors(await response.JsonAsync()));
    }

    [Fact]
    public async Task Import_BlankRowsAreSkippedAndRowNumbersStayExcels()
    {
        var blank = DeputyRow("", null, "");
        foreach (var key in blank.Keys)
        {
            blank[key] = null;
        }

        var response = await (await As("secretary.a")).UploadAsync(ImportUrl,
        [
            DeputyRow("甲新代表一", "1980-05-06", "甲第一选区"),
            blank,
            DeputyRow("甲新代表二", "1981-05-06", "甲第一选区", gender: "?"),
        ]);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["4:性别"], RowErrors(await response.JsonAsync()));
    }

    [Fact]
    public async Task Import_FileWithoutARequiredColumn_IsRefusedNamingIt()
    {
        var row = DeputyRow("甲新代表一", "1980-05-06", "甲第一选区");
        row.Remove("选区");

        var response = await (await As("secretary.a")).UploadAsync(ImportUrl, [row]);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["1:选区"], RowErrors(await response.JsonAsync()));
    }

    [Fact]
    public async Task Import_FileThatIsNotXlsx_IsRefusedOnTheFileField()
    {
        var response = await (await As("secretary.a")).PostAsync(ImportUrl, Form("姓名,性别\n张三,男"u8.ToArray()));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("file:XlsxFile", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Import_FileOverFiveMegabytes_IsRefused()
    {
        var response = await (await As("secretary.a")).PostAsync(ImportUrl, Form(new byte[(5 * 1024 * 1024) + 1]));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("file:MaxFileSize", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Import_WithoutAFile_IsRefused()
    {
        var response = await (await As("secretary.a")).PostAsync(ImportUrl, new MultipartFormDataContent { { new StringContent("x"), "other" } });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("file:Required", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Import_IntoAnotherTownship_IsNotFoundAndWritesNothing()
    {
        var before = await CountsAsync(Portal);

        var response = await (await As("secretary.a")).UploadAsync(
            $"/api/v1/townships/{World.B.Township.Id}/deputies/import", [DeputyRow("乙新代表一", "1980-05-06", "乙第一选区")]);

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(before, await CountsAsync(Portal));
    }

    [Fact]
    public async Task Import_IntoAnotherTownshipsTerm_IsNotFound()
    {
        var response = await (await As("secretary.a")).UploadAsync(
            $"/api/v1/townships/{World.A.Township.Id}/deputies/import?termId={World.B.Term.Id}", [DeputyRow("甲新代表一", "1980-05-06", "甲第一选区")]);

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    [InlineData("county")]
    [InlineData("admin")]
    public async Task Import_ByRoleOtherThanSecretary_IsForbidden(string userName)
    {
        var response = await (await As(userName)).UploadAsync(ImportUrl, ThreeNewDeputies());

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Template_HasTheHeaderRowAndAnExampleThatImportsAsIs()
    {
        var secretary = await As("secretary.a");

        var response = await secretary.GetAsync($"/api/v1/townships/{World.A.Township.Id}/deputies/import-template");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var content = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(DeputyColumns, Headers(content));
        var example = Assert.Single(ReadSheet(content));
        Assert.Contains(example["选区"]?.ToString(), World.A.Districts.Select(d => d.Name));

        var imported = await secretary.PostAsync(ImportUrl, Form(content));
        await imported.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(1, (await imported.JsonAsync()).GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task Template_OfAnotherTownship_IsNotFound()
    {
        var response = await (await As("secretary.a")).GetAsync($"/api/v1/townships/{World.B.Township.Id}/deputies/import-template");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }
}
