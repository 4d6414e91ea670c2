using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Settings;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>Helpers for the list and ledger tests: proposals of other deputies, units and townships, and reading lists.</summary>
public sealed partial class ProposalFlow
{
    /// <summary>A suggestion of township A raised between sessions (闭会期间).</summary>
    public object BetweenSessions(string title = "关于整治茶亭村河道的建议") => new
    {
        termId = World.A.Term.Id,
        sessionId = (Guid?)null,
        kind = "Suggestion",
        title,
        content = "茶亭村河道淤积严重，建议安排清淤。",
        category = "生态环境",
    };

    /// <summary>A suggestion of township B's deputy.b, raised at B's first session.</summary>
    public object SuggestionInB(string title = "关于硬化昂素村道路的建议") => new
    {
        termId = World.B.Term.Id,
        sessionId = World.B.Session.Id,
        kind = "Suggestion",
        title,
        content = "昂素村进村道路为砂石路，建议硬化。",
        category = "城乡建设",
    };

    /// <summary>Drafted and submitted by <paramref name="deputy"/> themselves.</summary>
    public async Task<ProposalHandle> SubmittedByAsync(string deputy, object body) =>
        await ActAsync(deputy, await DraftAsync(body, deputy), "submit");

    /// <summary>Registered by township A's secretary and assigned today to the given units.</summary>
    public async Task<ProposalHandle> AssignedToAsync(
        ProposalHandle submitted, Guid leadUnitId, Guid[]? coUnitIds = null, Guid? supervisorId = null, string secretary = "secretary.a")
    {
        var registered = await ActAsync(secretary, submitted, "register");
        return await ActAsync(secretary, registered, "assign", new
        {
            leadUnitId,
            coUnitIds = coUnitIds ?? [],
            isComplex = false,
            supervisorPresidiumMemberId = supervisorId,
        });
    }

    /// <summary>A suggestion of township B assigned today to B's first unit (unit.b's).</summary>
    public async Task<ProposalHandle> AssignedInBAsync() =>
        await AssignedToAsync(await SubmittedByAsync("deputy.b", SuggestionInB()), World.B.Units[0].Id, secretary: "secretary.b");

    /// <summary>GET a list (by default /api/v1/proposals) that must answer 200.</summary>
    public async Task<JsonElement> ListAsync(string user, string query = "", string path = "/api/v1/proposals")
    {
        var response = await (await As(user)).GetAsync(query.Length == 0 ? path : $"{path}?{query}");
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    /// <summary>The ids of a list's items, in the order the list gives them.</summary>
    public async Task<IReadOnlyList<Guid>> IdsAsync(string user, string query = "", string path = "/api/v1/proposals") =>
        [.. (await ListAsync(user, query, path)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    /// <summary>Stores a settings row for the township (the settings API is not needed for this) with the given warning thresholds.</summary>
    public async Task UseWarningThresholdsAsync(Guid townshipId, int yellowDays, int redDays)
    {
        using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var settings = TownshipSettings.DefaultsFor(townshipId);
        settings.Change(ProposalRules.Default with { YellowWarningDays = yellowDays, RedWarningDays = redDays });
        db.TownshipSettings.Add(settings);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Writes <paramref name="copies"/> copies of a proposal straight into its table (new ids, no number) in SQL:
    /// enough rows to reach the ledger's limit without taking thousands of API steps. Its parts are not copied.
    /// </summary>
    public async Task CopyAsync(Guid id, int copies)
    {
        using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entity = db.Model.FindEntityType(typeof(Proposal))!;
        string Column(string property) => entity.FindProperty(property)!.GetColumnName();
        var table = entity.GetTableName();
        var (idColumn, numberColumn, sequenceColumn) = (Column(nameof(Proposal.Id)), Column(nameof(Proposal.Number)), Column(nameof(Proposal.Sequence)));

        // Identifiers from the EF model; the id and the count are parameters.
        var create = $$"""CREATE TEMP TABLE proposal_copies (LIKE "{{table}}") ON COMMIT DROP""";
        var copy = $$"""INSERT INTO proposal_copies SELECT p.* FROM "{{table}}" p CROSS JOIN generate_series(1, {1}) WHERE p."{{idColumn}}" = {0}""";
        var renumber = $$"""UPDATE proposal_copies SET "{{idColumn}}" = gen_random_uuid(), "{{numberColumn}}" = NULL, "{{sequenceColumn}}" = NULL""";
        var insert = $$"""INSERT INTO "{{table}}" SELECT * FROM proposal_copies""";
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(create);
        await db.Database.ExecuteSqlRawAsync(copy, id, copies);
        await db.Database.ExecuteSqlRawAsync(renumber);
        await db.Database.ExecuteSqlRawAsync(insert);
        await transaction.CommitAsync();
    }
}
