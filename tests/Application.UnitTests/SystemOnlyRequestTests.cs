using DeputyPortal.Application.Common.Behaviors;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Proposals.AcceptExpired;
using DeputyPortal.Application.Townships;
using DeputyPortal.Application.Townships.List;

namespace DeputyPortal.Application.UnitTests;

/// <summary>
/// The evaluation-window sweep is the system's work: no account, not even an administrator's, may send it; and the
/// system sends nothing else. Nobody (no account, no system scope) sends anything.
/// </summary>
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

    [Fact]
    public async Task AnOrdinaryRequest_SentByTheSystem_IsForbidden()
    {
        var ran = false;
        var behavior = new AuthorizationBehavior<ListTownships, PagedList<TownshipDto>>(new User(null, IsSystem: true));

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await behavior.Handle(new ListTownships(), (_, _) => { ran = true; return ValueTask.FromResult<PagedList<TownshipDto>>(null!); }, CancellationToken.None));
        Assert.False(ran);
    }

    [Fact]
    public async Task AnyRequest_SentByNobody_IsForbidden()
    {
        var nobody = new User(null);

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new AuthorizationBehavior<ListTownships, PagedList<TownshipDto>>(nobody)
                .Handle(new ListTownships(), (_, _) => ValueTask.FromResult<PagedList<TownshipDto>>(null!), CancellationToken.None));
        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await new AuthorizationBehavior<AcceptExpiredEvaluations, int>(nobody)
                .Handle(new AcceptExpiredEvaluations(), (_, _) => ValueTask.FromResult(1), CancellationToken.None));
    }
}
