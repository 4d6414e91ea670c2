namespace DeputyPortal.Domain.Deputies;

/// <summary>The descriptive fields of a deputy that a secretary maintains; <see cref="Phone"/> is personal data.</summary>
public sealed record DeputyProfile(
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string Ethnicity,
    PartyAffiliation Party,
    OccupationCategory Occupation,
    Education Education,
    string? Phone,
    bool IsReelected,
    bool IsCountyDeputy);
