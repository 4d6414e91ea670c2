using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.HandlingUnits;

public enum HandlingUnitKind
{
    [Label("镇政府内设机构")] TownshipOffice,
    [Label("站所")] Station,
    [Label("村（居）委会")] VillageCommittee,
    [Label("县直部门")] CountyDepartment,
}

/// <summary>承办单位: an office, station, village committee or county department that handles proposals.</summary>
public sealed class HandlingUnit : Entity, ITownshipScoped
{
    public const int NameMaxLength = 50;

    private HandlingUnit()
    {
    }

    public Guid TownshipId { get; private set; }

    public string Name { get; private set; } = null!;

    public HandlingUnitKind Kind { get; private set; }

    /// <summary>The head who signs replies (单位负责人).</summary>
    public string? HeadName { get; private set; }

    public bool IsActive { get; private set; }

    public static HandlingUnit Register(Guid townshipId, string name, HandlingUnitKind kind, string? headName) =>
        new() { TownshipId = townshipId, Name = name, Kind = kind, HeadName = headName, IsActive = true };

    public void Update(string name, HandlingUnitKind kind, string? headName) => (Name, Kind, HeadName) = (name, kind, headName);

    public void Deactivate()
    {
        Rule.RequireState(IsActive, "HandlingUnitDeactivatesOnce", "该承办单位已停用。");
        IsActive = false;
    }

    public void Reactivate()
    {
        Rule.RequireState(!IsActive, "HandlingUnitReactivatesOnlyWhenInactive", "该承办单位正在使用中。");
        IsActive = true;
    }
}
