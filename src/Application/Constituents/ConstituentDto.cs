using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Constituents;

namespace DeputyPortal.Application.Constituents;

/// <summary>
/// A constituent as the API shows it; <see cref="Phone"/> and <see cref="Address"/> are personal data and come masked
/// unless the reader is the township's secretary or the assigned deputy (see <see cref="ConstituentMasking"/>).
/// </summary>
public sealed record ConstituentDto(
    Guid Id,
    Guid TownshipId,
    Guid DeputyId,
    string Name,
    ConstituentKind Kind,
    string Village,
    string? Address,
    string? Phone,
    bool IsActive,
    uint Version) : IVersioned;

public static class ConstituentMasking
{
    /// <summary>The record as this reader may see it: personal data in full only for the secretary and the assigned deputy.</summary>
    public static ConstituentDto MaskedFor(this ConstituentDto constituent, ICurrentUser user) =>
        user.CanSeePersonalData(constituent.TownshipId, constituent.DeputyId)
            ? constituent
            : constituent with
            {
                Phone = PersonalData.MaskPhone(constituent.Phone),
                Address = PersonalData.MaskAddress(constituent.Address),
            };
}
