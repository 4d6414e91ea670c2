using DeputyPortal.Application.Common;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Application.Deputies;

/// <summary>
/// A deputy as the API shows it; <see cref="Phone"/> is personal data and reaches the caller masked unless they may
/// see it (see <see cref="DeputyPersonalData"/>). <see cref="Version"/> is the value of its ETag.
/// </summary>
public sealed record DeputyDto(
    Guid Id,
    Guid TownshipId,
    Guid TermId,
    Guid DistrictId,
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string Ethnicity,
    PartyAffiliation Party,
    OccupationCategory Occupation,
    Education Education,
    string? Phone,
    bool IsReelected,
    bool IsCountyDeputy,
    DeputyStatus Status,
    DateOnly? TerminatedOn,
    string? TerminationReason,
    uint Version) : IVersioned;
