using DeputyPortal.Api.Portal;
using DeputyPortal.Domain.Deputies;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Deputies;

/// <summary>
/// The profile fields that registering and correcting a deputy share (<c>_DeputyFields</c>), bound under the names
/// of the requests' own fields, so the application's message for a field stands beside it. A choice left empty is
/// sent as no known value, which the application refuses beside that field (取值不是可选值之一).
/// </summary>
public abstract class DeputyFormPageModel : PortalPageModel
{
    [BindProperty]
    public Guid DistrictId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Gender? Gender { get; set; }

    [BindProperty]
    public DateOnly? BirthDate { get; set; }

    [BindProperty]
    public string? Ethnicity { get; set; } = "汉族";

    [BindProperty]
    public PartyAffiliation? Party { get; set; }

    [BindProperty]
    public OccupationCategory? Occupation { get; set; }

    [BindProperty]
    public Education? Education { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public bool IsReelected { get; set; }

    [BindProperty]
    public bool IsCountyDeputy { get; set; }

    /// <summary>The districts of the term the deputy belongs to.</summary>
    public IReadOnlyDictionary<Guid, string> Districts { get; protected set; } = new Dictionary<Guid, string>();

    /// <summary>An empty choice as a value no enum has, which the application refuses with its own message.</summary>
    protected static TEnum Chosen<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value ?? (TEnum)Enum.ToObject(typeof(TEnum), -1);
}
