namespace DeputyPortal.Application.Common.Security;

/// <summary>The six roles of the product contract (DESIGN §1). A user holds exactly one.</summary>
public static class Roles
{
    public const string CountyStaff = nameof(CountyStaff);
    public const string TownshipSecretary = nameof(TownshipSecretary);
    public const string PresidiumMember = nameof(PresidiumMember);
    public const string Deputy = nameof(Deputy);
    public const string HandlingUnitOfficer = nameof(HandlingUnitOfficer);
    public const string Admin = nameof(Admin);

    /// <summary>
    /// Marks the requests the application sends on its own behalf (scheduled sweeps): <c>[Authorize(Roles.SystemOnly)]</c>,
    /// alone. No account holds it (it is not in <see cref="All"/>, so no account can be given it), so only the system
    /// may send such a request, and the system may send no other (see the authorization behaviour).
    /// </summary>
    public const string SystemOnly = "System";

    public static readonly IReadOnlyList<string> All =
        [CountyStaff, TownshipSecretary, PresidiumMember, Deputy, HandlingUnitOfficer, Admin];

    /// <summary>Roles bound to one township; the others read across the county.</summary>
    public static bool IsTownshipBound(string role) => role is TownshipSecretary or PresidiumMember or Deputy or HandlingUnitOfficer;
}
