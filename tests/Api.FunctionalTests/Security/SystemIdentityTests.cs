using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Proposals.AcceptExpired;
using DeputyPortal.Application.Townships.Create;
using DeputyPortal.Application.Townships.Get;
using DeputyPortal.Application.Townships.List;
using DeputyPortal.Domain.Townships;
using DeputyPortal.Infrastructure.DemoData;
using DeputyPortal.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Security;

/// <summary>
/// Outside an HTTP request there is nobody: a plain service scope is refused every request, sees no row and writes
/// none. Start-up and jobs act as the system, through a scope begun by ISystemScopes, and the system may send only the
/// requests marked for it (the evaluation sweep), no other.
/// </summary>
public sealed class SystemIdentityTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly DateOnly AssignedOn = new(2026, 3, 20);
    private static readonly DateOnly RepliedLongAgo = new(2026, 4, 1);

    [Fact]
    public async Task Query_SentWithNoIdentity_IsRefused()
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();

        await Assert.ThrowsAsync<ForbiddenException>(async () => await sender.Send(new ListTownships()));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await sender.Send(new GetTownship(World.A.Township.Id)));
    }

    [Fact]
    public async Task Sweep_SentWithNoIdentity_IsRefused_AndClosesNothing()
    {
        var expired = await new ProposalHistory(Portal).RepliedOnAsync(AssignedOn, RepliedLongAgo);

        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            await Assert.ThrowsAsync<ForbiddenException>(async () => await sender.Send(new AcceptExpiredEvaluations()));
        }

        Assert.Equal("Replied", (await new ProposalFlow(Portal).GetAsync(expired)).Status);
    }

    [Fact]
    public async Task DatabaseRead_WithNoIdentity_SeesNothing()
    {
        await new ProposalHistory(Portal).RepliedOnAsync(AssignedOn, RepliedLongAgo);
        await using var scope = Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Equal(
            (0, 0, 0, 0, 0, 0, 0),
            (await db.Townships.CountAsync(), await db.Terms.CountAsync(), await db.Deputies.CountAsync(),
                await db.Constituents.CountAsync(), await db.HandlingUnits.CountAsync(), await db.Proposals.CountAsync(),
                await db.AuditEntries.CountAsync()));

        await using var system = Portal.SystemScope();
        var systemDb = system.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal((2, 1), (await systemDb.Townships.CountAsync(), await systemDb.Proposals.CountAsync()));
        Assert.True(await systemDb.AuditEntries.AnyAsync());
    }

    [Fact]
    public async Task DatabaseWrite_WithNoIdentity_IsRefused_AndNothingWritten()
    {
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Townships.Add(Township.Create("360000000009", "无名镇", "测试县"));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var system = Portal.SystemScope();
        var systemDb = system.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await systemDb.Townships.AnyAsync(t => t.Code == "360000000009"));
    }

    [Fact]
    public async Task OrdinaryRequests_SentByTheSystem_AreRefused_AndNothingWritten()
    {
        await using var scope = Portal.SystemScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();

        await Assert.ThrowsAsync<ForbiddenException>(async () => await sender.Send(new ListTownships()));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await sender.Send(new CreateTownship("360000000009", "系统镇", "测试县")));

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Townships.AnyAsync(t => t.Code == "360000000009"));
    }

    [Fact]
    public async Task Sweep_SentByTheSystem_Runs_AndIsRecordedAsTheSystems()
    {
        var expired = await new ProposalHistory(Portal).RepliedOnAsync(AssignedOn, RepliedLongAgo);

        await using (var scope = Portal.SystemScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AcceptExpiredEvaluations()));
        }

        var closed = await new ProposalFlow(Portal).GetAsync(expired);
        Assert.Equal("Closed", closed.Status);
        var step = closed.Json.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal(("AcceptedWithoutRating", "系统"), (step.GetProperty("action").GetString(), step.GetProperty("actorName").GetString()));
    }

    [Fact]
    public async Task StartUpTasks_OutsideASystemScope_RefuseToRun()
    {
        await using var scope = Portal.Services.CreateAsyncScope();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedOnceAsync(CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None));
    }
}
