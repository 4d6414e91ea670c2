using DeputyPortal.Application.Common.Behaviors;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Proposals.AcceptExpired;

namespace DeputyPortal.Application.UnitTests;

/// <summary>The evaluation-window sweep is the system's work: no account, not even an administrator's, may send it.</summary>
public sealed class SystemOnlyRequestTests
{
    private sealed record User(string? Role, bool IsSystem = false) : ICurrentUser
    {
        public Guid? UserId => null;

        public string UserName => "test";

        public Guid? TownshipId => null;

        public Guid? DeputyId => null;

        public Guid? HandlingUnitId => null;
    }

    [Fact]
    public void SystemOnlyRole_IsHeldByNoAccount() => Assert.DoesNotContain(Roles.SystemOnly, Roles.All);

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.CountyStaff)]
    [InlineData(Roles.TownshipSecretary)]
    [InlineData(Roles.Deputy)]
    [InlineData(Roles.HandlingUnitOfficer)]
    [InlineData(Roles.PresidiumMember)]
    public async Task AcceptExpiredEvaluations_SentByAnyAccount_IsForbidden(string role)
    {
        var ran = false;
        var behavior = new AuthorizationBehavior<AcceptExpiredEvaluations, int>(new User(role));

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await behavior.Handle(new AcceptExpiredEvaluations(), (_, _) => { ran = true; return ValueTask.FromResult(1); }, CancellationToken.None));
        Assert.False(ran);
    }

    [Fact]
    public async Task AcceptExpiredEvaluations_SentByTheSystem_Runs()
    {
        var behavior = new AuthorizationBehavior<AcceptExpiredEvaluations, int>(new User(null, IsSystem: true));

        Assert.Equal(7, await behavior.Handle(new AcceptExpiredEvaluations(), (_, _) => ValueTask.FromResult(7), CancellationToken.None));
    }
}
