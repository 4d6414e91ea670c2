using System.Net;
using System.Net.Http.Json;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeputyPortal.Api.FunctionalTests.Security;

/// <summary>
/// A change loads its record the one way: the scoped read first (another township's record is not found, and no lock
/// is taken on it), then the row lock, then the parts, then the version check. A test connection holds the row lock
/// itself: a foreign change must answer 404 without waiting for it, and two changes in scope must queue behind it
/// and then behind each other, the loser answering 412. Waiting is guarded by a cancellation token, so a regression
/// fails instead of hanging; no assertion depends on timing.
/// </summary>
public sealed class LoadForChangeTests(PortalFactory portal) : PortalTest(portal)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task ProposalStep_OnAnotherTownshipsProposal_WhileItsRowIsLocked_AnswersNotFoundWithoutWaiting()
    {
        var submitted = await Flow.SubmittedAsync();

        await AssertForeignChangeAnswersNotFoundWhileLockedAsync<Proposal>(
            submitted.Id, HttpMethod.Post, $"/api/v1/proposals/{submitted.Id}/register", submitted.ETag);

        Assert.Equal("Submitted", (await Flow.GetAsync(submitted.Id)).Status);
    }

    [Fact]
    public async Task UnitChange_OfAnotherTownship_WhileItsRowIsLocked_AnswersNotFoundWithoutWaiting()
    {
        var unit = World.A.Units[0];
        var etag = await ETagAsync("secretary.a", $"/api/v1/handling-units/{unit.Id}");

        await AssertForeignChangeAnswersNotFoundWhileLockedAsync<HandlingUnit>(
            unit.Id, HttpMethod.Post, $"/api/v1/handling-units/{unit.Id}/deactivate", etag);

        Assert.Equal(etag, await ETagAsync("secretary.a", $"/api/v1/handling-units/{unit.Id}"));
    }

    [Fact]
    public async Task ConstituentChange_OfAnotherTownship_WhileItsRowIsLocked_AnswersNotFoundWithoutWaiting()
    {
        var constituent = World.A.Constituents[0];
        var etag = await ETagAsync("secretary.a", $"/api/v1/constituents/{constituent.Id}");

        await AssertForeignChangeAnswersNotFoundWhileLockedAsync<Constituent>(
            constituent.Id, HttpMethod.Post, $"/api/v1/constituents/{constituent.Id}/deactivate", etag);

        Assert.Equal(etag, await ETagAsync("secretary.a", $"/api/v1/constituents/{constituent.Id}"));
    }

    [Fact]
    public async Task TwoStepsInScope_OnTheSameCopy_WaitForTheRowLock_AndTheLoserAnswersPreconditionFailed()
    {
        var submitted = await Flow.SubmittedAsync();
        var client = await Flow.As("secretary.a");
        using var guard = new CancellationTokenSource(Guard);

        Task<HttpResponseMessage> first, second;
        await using (var holder = await LockRowAsync<Proposal>(submitted.Id))
        {
            first = SendAsync(client, HttpMethod.Post, $"/api/v1/proposals/{submitted.Id}/register", submitted.ETag, guard.Token);
            second = SendAsync(client, HttpMethod.Post, $"/api/v1/proposals/{submitted.Id}/register", submitted.ETag, guard.Token);

            // Both are queued on the row lock (not merely on their save): the scoped read passed, the lock is next.
            await WaitUntilWaitingForRowLockAsync(2, guard.Token);
            await holder.RollbackAsync(guard.Token);
        }

        var answers = (await Task.WhenAll(first, second)).Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], answers);
        var registered = await Flow.GetAsync(submitted.Id);
        Assert.Equal("Registered", registered.Status);
        Assert.Single(registered.Json.GetProperty("timeline").EnumerateArray(), s => s.GetProperty("action").GetString() == "Registered");
    }

    private async Task AssertForeignChangeAnswersNotFoundWhileLockedAsync<T>(Guid id, HttpMethod method, string url, string etag)
    {
        var foreign = await As("secretary.b");
        using var guard = new CancellationTokenSource(Guard);
        await using var holder = await LockRowAsync<T>(id);

        var response = await SendAsync(foreign, method, url, etag, guard.Token);

        await response.ShouldBe(HttpStatusCode.NotFound);
        await holder.RollbackAsync();
    }

    /// <summary>Holds the row lock a change takes (SELECT … FOR UPDATE), on a connection of the test's own.</summary>
    private async Task<LockHolder> LockRowAsync<T>(Guid id)
    {
        string table;
        await using (var scope = Portal.SystemScope())
        {
            table = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model.FindEntityType(typeof(T))!.GetTableName()!;
        }

        var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"SELECT id FROM \"{table}\" WHERE id = @id FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        Assert.Equal(id, await command.ExecuteScalarAsync());
        return new LockHolder(connection, transaction);
    }

    /// <summary>Polls until <paramref name="count"/> other sessions of this database wait on a lock in a SELECT … FOR UPDATE.</summary>
    private async Task WaitUntilWaitingForRowLockAsync(int count, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() " +
            "AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'", connection);
        while ((long)(await command.ExecuteScalarAsync(ct))! < count)
        {
            await Task.Delay(50, ct);
        }
    }

    private async Task<string> ETagAsync(string user, string url)
    {
        var response = await (await As(user)).GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return response.ETag();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string etag, CancellationToken ct)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request, ct);
    }

    private sealed class LockHolder(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public Task RollbackAsync(CancellationToken ct = default) => transaction.RollbackAsync(ct);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
