using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Domain.Constituents;

public enum ConstituentKind
{
    [Label("选民")] Voter,
    [Label("联系户")] Household,
}

/// <summary>选民/联系户: a voter or household a deputy keeps in touch with (固定联系). Address and phone are personal data.</summary>
public sealed class Constituent : Entity, ITownshipScoped
{
    public const int NameMaxLength = 20;
    public const int VillageMaxLength = 50;
    public const int AddressMaxLength = 200;

    private Constituent()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid DeputyId { get; private set; }

    public string Name { get; private set; } = null!;

    public ConstituentKind Kind { get; private set; }

    /// <summary>村（居）委会 or community the constituent lives in.</summary>
    public string Village { get; private set; } = null!;

    public string? Address { get; private set; }

    public string? Phone { get; private set; }

    public bool IsActive { get; private set; }

    public static Constituent AssignTo(Deputy deputy, string name, ConstituentKind kind, string village, string? address, string? phone)
    {
        var constituent = new Constituent { TownshipId = deputy.TownshipId, IsActive = true };
        constituent.Reassign(deputy);
        constituent.Update(name, kind, village, address, phone);
        return constituent;
    }

    public void Update(string name, ConstituentKind kind, string village, string? address, string? phone) =>
        (Name, Kind, Village, Address, Phone) = (name, kind, village, address, phone);

    /// <summary>Hands the constituent to another deputy of the same township, e.g. when a mandate ends.</summary>
    public void Reassign(Deputy deputy)
    {
        Rule.Require(deputy.TownshipId == TownshipId, "ConstituentDeputyOfSameTownship", "联系的代表必须是本乡镇代表。", "deputyId");
        Rule.Require(deputy.IsServing, "ConstituentDeputyIsServing", "不能把选民分配给资格已终止的代表。", "deputyId");
        DeputyId = deputy.Id;
    }

    public void Deactivate()
    {
        Rule.RequireState(IsActive, "ConstituentDeactivatesOnce", "该选民已停止联系。");
        IsActive = false;
    }

    public void Reactivate()
    {
        Rule.RequireState(!IsActive, "ConstituentReactivatesOnlyWhenInactive", "该选民正在联系中。");
        IsActive = true;
    }
}
