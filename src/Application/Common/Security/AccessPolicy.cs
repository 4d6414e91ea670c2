namespace DeputyPortal.Application.Common.Security;

/// <summary>
/// The scoping rules of DESIGN §1 in one place. Query filters in the database context and the authorization
/// behaviour both ask these questions; nothing else decides who sees what.
/// </summary>
public static class AccessPolicy
{
    /// <summary>County staff and administrators read every township; the system reads everything.</summary>
    public static bool ReadsAllTownships(this ICurrentUser user) =>
        user.IsSystem || user.Role is Roles.CountyStaff or Roles.Admin;

    public static bool CanReadTownship(this ICurrentUser user, Guid townshipId) =>
        user.ReadsAllTownships() || user.TownshipId == townshipId;

    /// <summary>Only a township's secretary writes its records.</summary>
    public static bool CanWriteTownship(this ICurrentUser user, Guid townshipId) =>
        user.IsSystem || (user.Role == Roles.TownshipSecretary && user.TownshipId == townshipId);

    /// <summary>Deputies see only the constituents assigned to them; handling units see none.</summary>
    public static bool SeesOnlyOwnConstituents(this ICurrentUser user) => user.Role == Roles.Deputy;

    public static bool SeesNoConstituents(this ICurrentUser user) => user.Role == Roles.HandlingUnitOfficer;

    /// <summary>Deputies see the proposals they lead or co-signed.</summary>
    public static bool SeesOnlyOwnProposals(this ICurrentUser user) => user.Role == Roles.Deputy;

    /// <summary>Handling-unit officers see the proposals assigned to their unit, as lead or co-unit.</summary>
    public static bool SeesOnlyAssignedProposals(this ICurrentUser user) => user.Role == Roles.HandlingUnitOfficer;

    /// <summary>Deputies see the activities they took part in and those of the groups they belong to.</summary>
    public static bool SeesOnlyOwnActivities(this ICurrentUser user) => user.Role == Roles.Deputy;

    /// <summary>Handling-unit officers see the activities that looked at their unit or gave it a rectification item.</summary>
    public static bool SeesOnlyActivitiesOfTheirUnit(this ICurrentUser user) => user.Role == Roles.HandlingUnitOfficer;

    /// <summary>Deputies see only their own performance reviews (述职评议).</summary>
    public static bool SeesOnlyOwnReviews(this ICurrentUser user) => user.Role == Roles.Deputy;

    /// <summary>Handling-unit officers see no performance reviews: they judge no deputy.</summary>
    public static bool SeesNoReviews(this ICurrentUser user) => user.Role == Roles.HandlingUnitOfficer;

    /// <summary>
    /// Phone numbers, addresses and ID numbers are shown in full only to the owning township's secretary and to the
    /// deputy they belong to or are assigned to (whatever the account's role: a presidium member is also a deputy);
    /// everyone else sees them masked. <see cref="PersonalText.ShownTo"/> is the only caller outside tests.
    /// </summary>
    public static bool CanSeePersonalData(this ICurrentUser user, Guid townshipId, Guid? deputyId) =>
        user.IsSystem
        || (user.Role == Roles.TownshipSecretary && user.TownshipId == townshipId)
        || (deputyId is not null && user.DeputyId == deputyId && user.TownshipId == townshipId);
}
