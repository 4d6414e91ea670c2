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
    /// Work only the application does on its own behalf (scheduled sweeps). No account holds it (it is not in
    /// <see cref="All"/>, so no account can be given it) and an administrator does no business writes; the system
    /// user passes every role check, so a request marked with it can be sent only by the system.
    /// </summary>
    public const string SystemOnly = "System";

    public static readonly IReadOnlyList<string> All =
        [CountyStaff, TownshipSecretary, PresidiumMember, Deputy, HandlingUnitOfficer, Admin];

    /// <summary>Roles bound to one township; the others read across the county.</summary>
    public static bool IsTownshipBound(string role) => role is TownshipSecretary or PresidiumMember or Deputy or HandlingUnitOfficer;
}
