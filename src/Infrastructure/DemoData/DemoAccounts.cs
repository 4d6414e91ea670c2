using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// The published demo accounts, one per role, all with the password <see cref="Password"/>. They are marked
/// <see cref="AppUser.IsDemo"/>, so sign-in refuses them wherever Demo:Enabled is false.
/// </summary>
public sealed class DemoAccounts(UserManager<AppUser> users)
{
    public const string Password = "Demo@2026";

    /// <summary>The township whose presidium member, deputy and handling-unit officer get demo accounts.</summary>
    public const string ShowcaseAccountKey = "chating";

    public async Task CreateAsync(IReadOnlyList<(DemoTownshipPlan Plan, DemoTownship Built)> townships)
    {
        await AddAsync("admin", "系统管理员", Roles.Admin);
        await AddAsync("county", $"{DemoTownshipPlan.County}人大常委会工作人员", Roles.CountyStaff);
        foreach (var (plan, built) in townships)
        {
            await AddAsync($"secretary.{plan.AccountKey}", $"{plan.Name}人大主席团秘书", Roles.TownshipSecretary, built.Township.Id);
        }

        var (showcasePlan, showcase) = townships.Single(t => t.Plan.AccountKey == ShowcaseAccountKey);
        var key = showcasePlan.AccountKey;
        var townshipId = showcase.Township.Id;
        await AddAsync($"presidium.{key}", showcase.Chair.Name, Roles.PresidiumMember, townshipId, deputyId: showcase.Chair.Id);
        await AddAsync($"deputy.{key}", showcase.AccountDeputy.Name, Roles.Deputy, townshipId, deputyId: showcase.AccountDeputy.Id);
        await AddAsync($"unit.{key}", $"{showcase.AccountUnit.Name}经办人", Roles.HandlingUnitOfficer, townshipId, unitId: showcase.AccountUnit.Id);
    }

    private async Task AddAsync(string userName, string displayName, string role, Guid? townshipId = null, Guid? deputyId = null, Guid? unitId = null)
    {
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            DisplayName = displayName,
            TownshipId = townshipId,
            DeputyId = deputyId,
            HandlingUnitId = unitId,
            IsDemo = true,
        };
        Check(await users.CreateAsync(user, Password), userName);
        Check(await users.AddToRoleAsync(user, role), userName);
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {userName} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
