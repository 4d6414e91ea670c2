using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Application.Deputies;

public static class DeputyPersonalData
{
    /// <summary>
    /// The deputy as this reader may see it: the phone in full for the township's secretary and the deputy
    /// themself, masked (138****5678) for everyone else. Applied to every answer, after the page is fetched.
    /// </summary>
    public static DeputyDto For(this DeputyDto deputy, ICurrentUser reader) =>
        reader.CanSeePersonalData(deputy.TownshipId, deputy.Id)
            ? deputy
            : deputy with { Phone = PersonalData.MaskPhone(deputy.Phone) };
}
