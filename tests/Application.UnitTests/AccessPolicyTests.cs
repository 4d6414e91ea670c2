using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Application.UnitTests;

public sealed class AccessPolicyTests
{
    private static readonly Guid TownshipA = Guid.CreateVersion7();
    private static readonly Guid TownshipB = Guid.CreateVersion7();
    private static readonly Guid DeputyA = Guid.CreateVersion7();

    private sealed record User(string? Role, Guid? TownshipId = null, Guid? DeputyId = null, bool IsSystem = false) : ICurrentUser
    {
        public Guid? UserId => null;

        public string UserName => "test";

        public Guid? HandlingUnitId => null;
    }

    [Theory]
    [InlineData(Roles.CountyStaff, true)]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.TownshipSecretary, false)]
    [InlineData(Roles.PresidiumMember, false)]
    [InlineData(Roles.Deputy, false)]
    [InlineData(Roles.HandlingUnitOfficer, false)]
    public void ReadsAllTownships_OnlyForCountyStaffAndAdmin(string role, bool readsAll) =>
        Assert.Equal(readsAll, new User(role, TownshipA).ReadsAllTownships());

    [Fact]
    public void CanWriteTownship_OnlySecretaryOfThatTownship()
    {
        Assert.True(new User(Roles.TownshipSecretary, TownshipA).CanWriteTownship(TownshipA));
        Assert.False(new User(Roles.TownshipSecretary, TownshipA).CanWriteTownship(TownshipB));
        Assert.False(new User(Roles.PresidiumMember, TownshipA).CanWriteTownship(TownshipA));
        Assert.False(new User(Roles.CountyStaff).CanWriteTownship(TownshipA));
    }

    [Fact]
    public void CanSeePersonalData_OnlyOwningSecretaryAndTheDeputy()
    {
        Assert.True(new User(Roles.TownshipSecretary, TownshipA).CanSeePersonalData(TownshipA, DeputyA));
        Assert.True(new User(Roles.Deputy, TownshipA, DeputyA).CanSeePersonalData(TownshipA, DeputyA));
        Assert.False(new User(Roles.Deputy, TownshipA, Guid.CreateVersion7()).CanSeePersonalData(TownshipA, DeputyA));
        Assert.False(new User(Roles.TownshipSecretary, TownshipB).CanSeePersonalData(TownshipA, DeputyA));
        Assert.False(new User(Roles.CountyStaff).CanSeePersonalData(TownshipA, DeputyA));
        Assert.False(new User(Roles.PresidiumMember, TownshipA).CanSeePersonalData(TownshipA, DeputyA));
        Assert.True(new User(Roles.PresidiumMember, TownshipA, DeputyA).CanSeePersonalData(TownshipA, DeputyA));
    }
}
