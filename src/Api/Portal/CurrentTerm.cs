using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Me;
using DeputyPortal.Application.Terms;
using DeputyPortal.Application.Terms.List;
using Mediator;

namespace DeputyPortal.Api.Portal;

/// <summary>The term a township's forms record into: the one in force today, else the latest.</summary>
public static class CurrentTerm
{
    public static async Task<(Guid? TownshipId, TermDto? Term)> OfMyTownshipAsync(this ISender sender, TimeProvider clock, CancellationToken ct)
    {
        var me = await sender.Send(new GetMe(), ct);
        if (me.TownshipId is null)
        {
            return (null, null);
        }

        var terms = await sender.Send(new ListTerms(TownshipId: me.TownshipId, PageSize: Paging.MaxPageSize, Sort: "-startsOn"), ct);
        var today = clock.TodayInChina();
        var term = terms.Items.FirstOrDefault(t => t.StartsOn <= today && today <= t.EndsOn) ?? (terms.Items.Count > 0 ? terms.Items[0] : null);
        return (me.TownshipId, term);
    }
}
