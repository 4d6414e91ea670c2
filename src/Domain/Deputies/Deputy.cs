using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Districts;

namespace DeputyPortal.Domain.Deputies;

/// <summary>代表: a deputy of one term, elected in one district.</summary>
public sealed class Deputy : Entity, ITownshipScoped
{
    public const int NameMaxLength = 20;
    public const int TerminationReasonMaxLength = 500;

    private Deputy()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    public Guid DistrictId { get; private set; }

    public string Name { get; private set; } = null!;

    public Gender Gender { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public string Ethnicity { get; private set; } = null!;

    public PartyAffiliation Party { get; private set; }

    public OccupationCategory Occupation { get; private set; }

    public Education Education { get; private set; }

    /// <summary>Personal data: masked for everyone but the township's secretary and the deputy.</summary>
    public string? Phone { get; private set; }

    public bool IsReelected { get; private set; }

    public bool IsCountyDeputy { get; private set; }

    public DeputyStatus Status { get; private set; }

    public DateOnly? TerminatedOn { get; private set; }

    public string? TerminationReason { get; private set; }

    public bool IsServing => Status == DeputyStatus.Serving;

    public static Deputy Elect(ElectoralDistrict district, DeputyProfile profile)
    {
        var deputy = new Deputy
        {
            TownshipId = district.TownshipId,
            TermId = district.TermId,
            DistrictId = district.Id,
            Status = DeputyStatus.Serving,
        };
        deputy.UpdateProfile(profile);
        return deputy;
    }

    public void UpdateProfile(DeputyProfile profile)
    {
        Rule.Require(profile.BirthDate.Year >= 1900, "DeputyBirthDateIsPlausible", "出生日期不合理。", "birthDate");
        Name = profile.Name;
        Gender = profile.Gender;
        BirthDate = profile.BirthDate;
        Ethnicity = profile.Ethnicity;
        Party = profile.Party;
        Occupation = profile.Occupation;
        Education = profile.Education;
        Phone = profile.Phone;
        IsReelected = profile.IsReelected;
        IsCountyDeputy = profile.IsCountyDeputy;
    }

    public DeputyProfile Profile =>
        new(Name, Gender, BirthDate, Ethnicity, Party, Occupation, Education, Phone, IsReelected, IsCountyDeputy);

    /// <summary>Moves the deputy to another district of the same term (e.g. a correction after re-districting).</summary>
    public void MoveTo(ElectoralDistrict district)
    {
        Rule.Require(
            district.TermId == TermId && district.TownshipId == TownshipId,
            "DeputyDistrictInOwnTerm",
            "代表只能属于本届本乡镇的选区。",
            "districtId");
        DistrictId = district.Id;
    }

    /// <summary>资格终止: ends the deputy's mandate on a date within the term, with the reason recorded.</summary>
    public void TerminateMandate(DateOnly on, string reason, DateRange termPeriod)
    {
        Rule.RequireState(IsServing, "DeputyMandateTerminatesOnce", "该代表的资格已经终止。");
        Rule.Require(termPeriod.Contains(on), "DeputyTerminationWithinTerm", "资格终止日期必须在本届任期内。", "terminatedOn");
        Rule.Require(!string.IsNullOrWhiteSpace(reason), "DeputyTerminationHasReason", "资格终止必须写明原因。", "reason");
        Status = DeputyStatus.Terminated;
        TerminatedOn = on;
        TerminationReason = reason.Trim();
    }
}
