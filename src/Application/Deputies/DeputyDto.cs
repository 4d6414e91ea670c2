using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Application.Deputies;

/// <summary>
/// A deputy as the API shows it; <see cref="Phone"/> is personal data and reaches each reader through
/// <see cref="PersonalText"/>: in full for the township's secretary and the deputy themself, masked for everyone else.
/// <see cref="Version"/> is the value of its ETag.
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
    PersonalText? Phone,
    bool IsReelected,
    bool IsCountyDeputy,
    DeputyStatus Status,
    DateOnly? TerminatedOn,
    string? TerminationReason,
    uint Version) : IVersioned;
