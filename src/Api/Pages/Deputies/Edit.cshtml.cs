using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Deputies.Get;
using DeputyPortal.Application.Deputies.Update;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Deputies;

/// <summary>
/// 修改代表信息: the secretary corrects a deputy's profile or moves them to another district of the same term,
/// sending <see cref="UpdateDeputy"/> at the version the form was loaded with, so a change made meanwhile by someone
/// else is refused rather than overwritten.
/// </summary>
[PortalPage(typeof(GetDeputy), typeof(UpdateDeputy))]
public sealed class EditModel(ISender sender, ICurrentUser user) : DeputyFormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public string DeputyName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var d = await sender.Send(new GetDeputy(Id), ct);
        (Version, DistrictId, Name, Gender, BirthDate, Ethnicity, Party, Occupation, Education) =
            (d.Version, d.DistrictId, d.Name, d.Gender, d.BirthDate, d.Ethnicity, d.Party, d.Occupation, d.Education);
        (Phone, IsReelected, IsCountyDeputy) = (d.Phone?.ShownTo(user), d.IsReelected, d.IsCountyDeputy);
        await ReloadAfterErrorsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = new UpdateDeputy(
            DistrictId, Name ?? string.Empty, Chosen(Gender), BirthDate ?? default, Ethnicity ?? string.Empty, Chosen(Party),
            Chosen(Occupation), Chosen(Education), IsReelected, IsCountyDeputy, Phone) { Id = Id, ExpectedVersion = Version };
        var deputy = await sender.Send(command, ct);
        TempData.SetNotice($"已保存代表{deputy.Name}的信息。");
        return Redirect($"/deputies/{Id}");
    }

    /// <summary>The name and the districts of the deputy's term again.</summary>
    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        var deputy = await sender.Send(new GetDeputy(Id), ct);
        DeputyName = deputy.Name;
        Districts = await DeputyChoices.DistrictsAsync(sender, deputy.TermId, ct);
    }
}
