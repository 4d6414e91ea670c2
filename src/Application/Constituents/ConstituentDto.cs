using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Constituents;

namespace DeputyPortal.Application.Constituents;

/// <summary>
/// A constituent as the API shows it. <see cref="Phone"/> and <see cref="Address"/> are personal data: they reach
/// each reader through <see cref="PersonalText"/>, in full only for the township's secretary and the assigned deputy.
/// </summary>
public sealed record ConstituentDto(
    Guid Id,
    Guid TownshipId,
    Guid DeputyId,
    string Name,
    ConstituentKind Kind,
    string Village,
    PersonalText? Address,
    PersonalText? Phone,
    bool IsActive,
    uint Version) : IVersioned;
