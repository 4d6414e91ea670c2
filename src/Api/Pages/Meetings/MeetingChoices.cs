using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.HandlingUnits.List;
using DeputyPortal.Application.Presidium;
using DeputyPortal.Application.Presidium.List;
using DeputyPortal.Application.Settings.Get;
using DeputyPortal.Application.Terms;
using Mediator;

namespace DeputyPortal.Api.Pages.Meetings;

/// <summary>
/// What a meeting's form offers, for one term and date: the presidium members serving that day (whose attendance is
/// ticked), the quorum and majority the township's rule asks of that many, the term's deputies who may be invited,
/// and the township's handling units a follow-up may be given to. All read through the caller's scope.
/// </summary>
public sealed record MeetingChoices(
    TermDto Term,
    DateOnly HeldOn,
    IReadOnlyList<PresidiumMemberDto> Members,
    int QuorumRequired,
    int MajorityRequired,
    IReadOnlyDictionary<Guid, string> Deputies,
    IReadOnlyDictionary<Guid, string> Units)
{
    public static async Task<MeetingChoices> LoadAsync(ISender sender, TermDto term, DateOnly heldOn, CancellationToken ct)
    {
        var members = await sender.Send(new ListPresidiumMembers(TermId: term.Id, CurrentOn: heldOn, PageSize: Paging.MaxPageSize, Sort: "post"), ct);
        var settings = await sender.Send(new GetTownshipSettings(term.TownshipId), ct);
        var deputies = await sender.Send(new ListDeputies(TermId: term.Id, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        var units = await sender.Send(new ListHandlingUnits(TownshipId: term.TownshipId, IsActive: true, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        return new MeetingChoices(
            term,
            heldOn,
            members.Items,
            settings.Compliance.QuorumOf(members.Items.Count),
            settings.Compliance.MajorityOf(members.Items.Count),
            deputies.Items.ToDictionary(d => d.Id, d => d.Name),
            units.Items.ToDictionary(u => u.Id, u => u.Name));
    }
}
