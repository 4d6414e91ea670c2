using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Imports;
using DeputyPortal.Application.Imports.Constituents;
using DeputyPortal.Application.Imports.Deputies;
using DeputyPortal.Application.Me;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Imports;

/// <summary>What a roster import brings in.</summary>
public enum RosterKind
{
    Deputies,
    Constituents,
}

/// <summary>
/// 名册导入: the secretary uploads the deputy roster (代表名册) or the constituent list (选民名单) of the township's current
/// term as .xlsx, from the template offered here. Every row is checked before anything is written: one bad row refuses
/// the whole file, and the page lists each row's errors (<see cref="PortalPageModel.ImportErrors"/>) for the sheet to
/// be corrected and sent again. A file imported twice changes nothing the second time.
/// </summary>
[PortalPage(typeof(ImportDeputies), typeof(ImportConstituents))]
public sealed class IndexModel(ISender sender, TimeProvider clock) : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public RosterKind Kind { get; set; } = RosterKind.Deputies;

    [BindProperty]
    public IFormFile? Spreadsheet { get; set; }

    public string? TermName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var townshipId = (await sender.Send(new GetMe(), ct)).TownshipId ?? Guid.Empty;
        await using var content = Spreadsheet?.OpenReadStream();
        var upload = Spreadsheet is null || content is null ? null : new SpreadsheetUpload(Spreadsheet.FileName, Spreadsheet.Length, content);
        var summary = Kind == RosterKind.Deputies
            ? await sender.Send(new ImportDeputies(townshipId, null, upload), ct)
            : await sender.Send(new ImportConstituents(townshipId, null, upload), ct);
        TempData.SetNotice($"{KindLabel(Kind)}已导入：新增 {summary.Created} 条，更新 {summary.Updated} 条，未变 {summary.Unchanged} 条。");
        return RedirectToPage(new { kind = Kind });
    }

    /// <summary>The empty template of the chosen roster, with its columns and the allowed values.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct)
    {
        var townshipId = (await sender.Send(new GetMe(), ct)).TownshipId ?? Guid.Empty;
        var file = Kind == RosterKind.Deputies
            ? await sender.Send(new GetDeputyImportTemplate(townshipId), ct)
            : await sender.Send(new GetConstituentImportTemplate(townshipId), ct);
        return File(file.Content, SpreadsheetFile.ContentType, file.FileName);
    }

    public override Task ReloadAfterErrorsAsync(CancellationToken ct) => LoadAsync(ct);

    public static string KindLabel(RosterKind kind) => kind == RosterKind.Deputies ? "代表名册" : "选民名单";

    /// <summary>A message about the file as a whole (no file, not .xlsx) stands beside the file field.</summary>
    public override string FieldFor(string propertyPath) =>
        propertyPath.Equals("file", StringComparison.OrdinalIgnoreCase) ? nameof(Spreadsheet) : base.FieldFor(propertyPath);

    private async Task LoadAsync(CancellationToken ct) => TermName = (await sender.OfMyTownshipAsync(clock, ct)).Term?.Name;
}
