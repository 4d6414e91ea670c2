using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Imports.ImportFiles;

namespace DeputyPortal.Api.FunctionalTests.Imports;

/// <summary>
/// A crafted upload is refused (422 on "file", naming the rule) by looking inside the zip before the spreadsheet
/// parser runs, and nothing is written; a real roster still imports.
/// </summary>
public sealed class UploadLimitsTests(PortalFactory portal) : PortalTest(portal)
{
    private string DeputyImportUrl => $"/api/v1/townships/{World.A.Township.Id}/deputies/import?termId={World.A.Term.Id}";

    [Fact]
    public async Task Import_RowsSixteenThousandCellsWide_AreRefusedBeforeParsing()
    {
        var file = CraftedXlsx.WideRows(width: 16_384, rows: 10, dimension: null);

        await AssertRefusedAsync(DeputyImportUrl, file, "file:CellsPerRow");
    }

    [Fact]
    public async Task Import_SheetThatUnderstatesItsDimension_IsRefusedOnTheCellsItReallyHas()
    {
        var file = CraftedXlsx.WideRows(width: 16_384, rows: 10, dimension: "A1:K3");

        await AssertRefusedAsync(DeputyImportUrl, file, "file:CellsPerRow");
    }

    [Fact]
    public async Task Import_SheetThatClaimsTheWholeGrid_IsRefusedOnItsDimension()
    {
        await AssertRefusedAsync(DeputyImportUrl, CraftedXlsx.ClaimsTheWholeGrid(), "file:SheetDimension");
    }

    [Fact]
    public async Task Import_RowNumberedPastTheRowCap_IsRefused()
    {
        await AssertRefusedAsync(DeputyImportUrl, CraftedXlsx.RowNumberedPast(1_048_576), "file:MaxRows");
    }

    [Fact]
    public async Task Import_ZipBomb_IsRefusedOnTheInflatedSize()
    {
        var file = CraftedXlsx.ZipBomb(megabytes: 300, declaredSizeLies: false);
        Assert.True(file.Length < 1024 * 1024, $"the bomb should be tiny, is {file.Length} bytes");

        await AssertRefusedAsync(DeputyImportUrl, file, "file:XlsxEntrySize");
    }

    /// <summary>
    /// A zip that declares a small size for a huge part is read only as far as it declares (System.IO.Compression
    /// stops there, for the guard and the parser alike), so the lie buys nothing: the roster beside it imports.
    /// </summary>
    [Fact]
    public async Task Import_ZipBombThatUnderstatesItsSize_InflatesOnlyWhatItDeclares()
    {
        var file = CraftedXlsx.ZipBomb(megabytes: 300, declaredSizeLies: true);

        var response = await (await As("secretary.a")).PostAsync(DeputyImportUrl, Form(file));

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(1, (await response.JsonAsync()).GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task Import_ConstituentRosterGoesThroughTheSameGuard()
    {
        var url = $"/api/v1/townships/{World.A.Township.Id}/constituents/import?termId={World.A.Term.Id}";

        await AssertRefusedAsync(url, CraftedXlsx.WideRows(width: 16_384, rows: 10, dimension: "A1:F2"), "file:CellsPerRow");
    }

    [Fact]
    public async Task Import_TemplateWithItsExample_StillImports()
    {
        var secretary = await As("secretary.a");
        var template = await (await secretary.GetAsync($"/api/v1/townships/{World.A.Township.Id}/constituents/import-template")).Content.ReadAsByteArrayAsync();

        var response = await secretary.PostAsync($"/api/v1/townships/{World.A.Township.Id}/constituents/import?termId={World.A.Term.Id}", Form(template));

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(1, (await response.JsonAsync()).GetProperty("created").GetInt32());
    }

    private async Task AssertRefusedAsync(string url, byte[] file, string fieldRule)
    {
        var before = await CountsAsync(Portal);

        var response = await (await As("secretary.a")).PostAsync(url, Form(file));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([fieldRule], await response.FieldRulesAsync());
        Assert.Equal(before, await CountsAsync(Portal));
    }
}
