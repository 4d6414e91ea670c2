using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Constituents.List;
using DeputyPortal.Application.Deputies;
using DeputyPortal.Application.Deputies.Get;
using DeputyPortal.Application.Deputies.Terminate;
using DeputyPortal.Application.Deputies.Update;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Deputies;

/// <summary>
/// One deputy's record, read-only, as <see cref="GetDeputy"/> scopes it (another township's is not found), the phone
/// as the rule shows it to this reader; the secretary's 修改 and 资格终止 lead to their forms.
/// </summary>
[PortalPage(typeof(GetDeputy))]
public sealed class DetailsModel(ISender sender, IRequestPermissions permissions, ICurrentUser user) : PageModel
{
    public DeputyDto Deputy { get; private set; } = null!;

    public string DistrictName { get; private set; } = "—";

    public bool CanEdit => permissions.MaySend<UpdateDeputy>();

    public bool CanTerminate => permissions.MaySend<TerminateDeputyMandate>() && Deputy.Status == Domain.Deputies.DeputyStatus.Serving;

    public bool CanSeeConstituents => permissions.MaySend<ListDeputyConstituents>() && !user.SeesNoConstituents()
        && (!user.SeesOnlyOwnConstituents() || user.DeputyId == Deputy.Id);

    public string Phone => Deputy.Phone?.ShownTo(user) ?? "—";

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Deputy = await sender.Send(new GetDeputy(id), ct);
        DistrictName = (await DeputyChoices.DistrictsAsync(sender, Deputy.TermId, ct)).GetValueOrDefault(Deputy.DistrictId, "—");
    }
}
