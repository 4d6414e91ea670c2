using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Scheduling;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace DeputyPortal.Api.FunctionalTests.PersonalData;

/// <summary>A save the database refuses is logged by what failed, never by the values that were being written.</summary>
public sealed class DatabaseErrorLoggingTests(PortalFactory portal) : PortalTest(portal)
{
    private const string SecretAddress = "甲村一组九十九号秘密住址";

    [Fact]
    public async Task FailingSave_InAJob_ReachesQuartzWithoutTheValuesItQuoted()
    {
        var failure = await SaveRefusedByTheDatabaseAsync();

        var thrown = await Assert.ThrowsAsync<JobExecutionException>(
            () => JobFailures.RunRedactingDatabaseErrors(() => throw failure).AsTask());

        Assert.Contains("SQLSTATE", thrown.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("秘密住址", thrown.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Address\"", thrown.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingSave_WhoseAuditJsonTheDatabaseRefuses_LogsNoPersonalData()
    {
        Portal.Logs.Clear();
        var failure = await SaveRefusedByTheDatabaseAsync();

        await using (var scope = Portal.SystemScope())
        {
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            http.Request.Path = "/api/v1/constituents";
            foreach (var handler in scope.ServiceProvider.GetServices<IExceptionHandler>())
            {
                await handler.TryHandleAsync(http, failure, CancellationToken.None);
            }

            Assert.Equal(StatusCodes.Status500InternalServerError, http.Response.StatusCode);
        }

        var logged = Portal.Logs.Lines;
        Assert.Contains(logged, line => line.Contains("SQLSTATE", StringComparison.Ordinal)); // the failure itself is logged
        Assert.DoesNotContain(logged, line => line.Contains("秘密住址", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, line => line.Contains("九十九号", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, line => line.Contains("\"Address\"", StringComparison.Ordinal)); // no audit JSON either
    }

    /// <summary>
    /// Through the whole pipeline (its own exception logging included): whether the input rules refuse the NUL (422)
    /// or the database does (500), nothing logged quotes the address.
    /// </summary>
    [Fact]
    public async Task NulInAnAddress_SentOverHttp_LogsNoPersonalData()
    {
        Portal.Logs.Clear();

        var response = await (await As("secretary.a")).PostAsJsonAsync("/api/v1/constituents", new
        {
            townshipId = World.A.Township.Id, deputyId = World.A.Deputy.Id, name = "甲新选民", kind = "Voter",
            village = "甲村", address = $"{SecretAddress}\0", phone = "13712345678",
        });

        Assert.True((int)response.StatusCode >= 400, $"answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.InternalServerError)
        {
            Assert.Contains(Portal.Logs.Lines, line => line.Contains("SQLSTATE", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(Portal.Logs.Lines, line => line.Contains("秘密住址", StringComparison.Ordinal));
        Assert.DoesNotContain(Portal.Logs.Lines, line => line.Contains("13712345678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DuplicateConstituent_RefusedByItsUniqueKey_LogsNoPhone()
    {
        var existing = World.A.ConstituentsOf(World.A.Deputy).First();
        Portal.Logs.Clear();

        var response = await (await As("secretary.a")).PostAsJsonAsync("/api/v1/constituents", new
        {
            townshipId = World.A.Township.Id, deputyId = World.A.Deputy.Id, name = existing.Name, kind = "Voter",
            village = existing.Village, address = SecretAddress, phone = existing.Phone,
        });

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.DoesNotContain(Portal.Logs.Lines, line => line.Contains(existing.Phone!, StringComparison.Ordinal));
        Assert.DoesNotContain(Portal.Logs.Lines, line => line.Contains("秘密住址", StringComparison.Ordinal));
    }

    /// <summary>
    /// A constituent's address ending in a NUL, written past every input rule: PostgreSQL refuses the audit JSON, and
    /// its error context (PostgresException.Where, part of its ToString) quotes the JSON up to the NUL.
    /// </summary>
    private async Task<Exception> SaveRefusedByTheDatabaseAsync()
    {
        await using var scope = Portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var constituent = await db.Constituents.IgnoreQueryFilters().SingleAsync(c => c.Id == World.A.Constituents[0].Id);
        db.Entry(constituent).Property(c => c.Address).CurrentValue = $"{SecretAddress}\0";

        var failure = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains(SecretAddress, failure.ToString(), StringComparison.Ordinal); // PostgresException's Where quotes it
        return failure;
    }
}
