using System.Collections;
using DeputyPortal.Application.OData;
using DeputyPortal.Application.Proposals.Statistics;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Npgsql;

namespace DeputyPortal.Api.OData;

/// <summary>
/// The read-only OData v4 feed. Each set is a query from <see cref="FeedSets"/> (scoped to the caller by the query
/// filters); the query options are validated against the limits, composed onto it and run in SQL. What PostgreSQL
/// cannot be asked (an untranslatable $apply, say) answers 400: nothing is evaluated in memory.
/// </summary>
[Authorize(Policy = FeedSetup.Policy)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class FeedController(ISender sender, IOptions<FeedOptions> options) : ODataController
{
    [HttpGet("odata/Townships")]
    public Task<IActionResult> Townships(ODataQueryOptions<TownshipItem> query, CancellationToken ct) => Answer(query, s => s.Townships(), ct);

    [HttpGet("odata/Terms")]
    public Task<IActionResult> Terms(ODataQueryOptions<TermItem> query, CancellationToken ct) => Answer(query, s => s.Terms(), ct);

    [HttpGet("odata/CongressSessions")]
    public Task<IActionResult> CongressSessions(ODataQueryOptions<CongressSessionItem> query, CancellationToken ct) => Answer(query, s => s.CongressSessions(), ct);

    [HttpGet("odata/ElectoralDistricts")]
    public Task<IActionResult> ElectoralDistricts(ODataQueryOptions<ElectoralDistrictItem> query, CancellationToken ct) => Answer(query, s => s.ElectoralDistricts(), ct);

    [HttpGet("odata/Deputies")]
    public Task<IActionResult> Deputies(ODataQueryOptions<DeputyItem> query, CancellationToken ct) => Answer(query, s => s.Deputies(), ct);

    [HttpGet("odata/RepresentativeGroups")]
    public Task<IActionResult> RepresentativeGroups(ODataQueryOptions<RepresentativeGroupItem> query, CancellationToken ct) => Answer(query, s => s.RepresentativeGroups(), ct);

    [HttpGet("odata/HandlingUnits")]
    public Task<IActionResult> HandlingUnits(ODataQueryOptions<HandlingUnitItem> query, CancellationToken ct) => Answer(query, s => s.HandlingUnits(), ct);

    [HttpGet("odata/Proposals")]
    public Task<IActionResult> Proposals(ODataQueryOptions<ProposalItem> query, CancellationToken ct) => Answer(query, s => s.Proposals(), ct, allowApply: true);

    [HttpGet("odata/Activities")]
    public Task<IActionResult> Activities(ODataQueryOptions<ActivityItem> query, CancellationToken ct) => Answer(query, s => s.Activities(), ct, allowApply: true);

    [HttpGet("odata/ProposalStatistics")]
    public Task<IActionResult> ProposalStatistics(ODataQueryOptions<ProposalYearStatistics> query, CancellationToken ct) => Answer(query, s => s.ProposalStatistics(), ct);

    [HttpGet("odata/RectificationItems")]
    public Task<IActionResult> RectificationItems(ODataQueryOptions<RectificationItemItem> query, CancellationToken ct) => Answer(query, s => s.RectificationItems(), ct);

    [HttpGet("odata/PresidiumMeetings")]
    public Task<IActionResult> PresidiumMeetings(ODataQueryOptions<PresidiumMeetingItem> query, CancellationToken ct) => Answer(query, s => s.PresidiumMeetings(), ct);

    [HttpGet("odata/PerformanceReviews")]
    public Task<IActionResult> PerformanceReviews(ODataQueryOptions<PerformanceReviewItem> query, CancellationToken ct) => Answer(query, s => s.PerformanceReviews(), ct);

    [HttpGet("odata/QuarterlyCompliance")]
    public Task<IActionResult> QuarterlyCompliance(ODataQueryOptions<QuarterlyComplianceItem> query, CancellationToken ct) =>
        Answer(query, (s, c) => s.Compliance.QuarterlyAsync(FeedSlices.Of(query), c), ct, allowApply: true);

    [HttpGet("odata/DeputyCompliance")]
    public Task<IActionResult> DeputyCompliance(ODataQueryOptions<DeputyComplianceItem> query, CancellationToken ct) =>
        Answer(query, (s, c) => s.Compliance.DeputiesAsync(FeedSlices.Of(query), c), ct);

    [HttpGet("odata/TermStructures")]
    public Task<IActionResult> TermStructures(ODataQueryOptions<TermStructureItem> query, CancellationToken ct) =>
        Answer(query, (s, c) => s.Compliance.TermStructuresAsync(FeedSlices.Of(query), c), ct);

    [HttpGet("odata/DutyProfiles")]
    public Task<IActionResult> DutyProfiles(ODataQueryOptions<DutyProfileItem> query, CancellationToken ct) =>
        Answer(query, (s, c) => s.DutyProfiles.EvaluateAsync(FeedSlices.Of(query), c), ct);

    private Task<IActionResult> Answer<T>(
        ODataQueryOptions<T> query, Func<FeedSets, IQueryable<T>> set, CancellationToken ct, bool allowApply = false) =>
        Answer(query, (s, _) => Task.FromResult(set(s)), allowApply, ct);

    /// <summary>
    /// A computed set: its rows are evaluated first (counted in SQL, for the dimensions the query admits), then the
    /// query options apply to them.
    /// </summary>
    private Task<IActionResult> Answer<T>(
        ODataQueryOptions<T> query, Func<FeedSets, CancellationToken, Task<IReadOnlyList<T>>> evaluate, CancellationToken ct, bool allowApply = false) =>
        Answer(query, async (s, c) => (await evaluate(s, c)).AsQueryable(), allowApply, ct);

    private async Task<IActionResult> Answer<T>(
        ODataQueryOptions<T> query, Func<FeedSets, CancellationToken, Task<IQueryable<T>>> set, bool allowApply, CancellationToken ct)
    {
        var limits = options.Value;
        if (Request.QueryString.Value?.Length > limits.MaxQueryLength)
        {
            return Refuse($"查询字符串超过 {limits.MaxQueryLength} 个字符。");
        }

        try
        {
            query.Validate(FeedSetup.Validation(limits, allowApply));
        }
        catch (ODataException e)
        {
            return Refuse(e.Message);
        }

        // The role check runs here, after the query is known to be well formed: a deputy is refused (403) either way.
        var sets = await sender.Send(new OpenFeed(limits.StatementTimeoutSeconds), ct);
        try
        {
            var applied = query.ApplyTo(await set(sets, ct), new ODataQuerySettings
            {
                PageSize = limits.PageSize,
                EnsureStableOrdering = true,
                HandleNullPropagation = HandleNullPropagationOption.False,
                TimeZone = TimeZoneInfo.Utc,
            });
            return Payload<T>(await Materialize(applied, ct));
        }
        catch (ODataException e)
        {
            return Refuse(e.Message);
        }
        catch (Exception e) when (IsUntranslatable(e))
        {
            return Refuse("该查询无法在数据库中执行（不支持的 $apply、$filter 或 $orderby 组合）。");
        }
        catch (Exception e) when (IsTimeout(e))
        {
            return Refuse($"查询超过 {limits.StatementTimeoutSeconds} 秒，已取消；请缩小范围（$filter、$top）。");
        }
    }

    /// <remarks>
    /// Declared as the set's own collection, so that grouped rows ($apply) are written as an OData payload too: with
    /// an apply clause the OData formatter picks its serializer by the declared type (not the runtime type, a wrapper
    /// OData generated), writes each group as a row of the set with its aggregated values as dynamic properties, and
    /// names the shape in the context URL (<c>$metadata#Proposals(TownshipName,Overdue)</c>).
    /// </remarks>
    private static OkObjectResult Payload<T>(IList rows) => new(rows) { DeclaredType = typeof(IEnumerable<T>) };

    private static readonly System.Reflection.MethodInfo ReadPage = typeof(FeedController)
        .GetMethod(nameof(ReadPageAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    /// <summary>Reads the page from PostgreSQL into a list of the query's own element type, so the serializer sees the shape it composed.</summary>
    private static Task<IList> Materialize(IQueryable applied, CancellationToken ct) =>
        (Task<IList>)ReadPage.MakeGenericMethod(applied.ElementType).Invoke(null, [applied, ct])!;

    /// <remarks>
    /// With server paging, ApplyTo has already read the page (one row more than the page, to know whether to link
    /// the next): the answer is then a list in memory, the page and nothing more.
    /// </remarks>
    private static async Task<IList> ReadPageAsync<TRow>(IQueryable applied, CancellationToken ct) =>
        applied is IAsyncEnumerable<TRow> ? await ((IQueryable<TRow>)applied).ToListAsync(ct) : ((IEnumerable<TRow>)applied).ToList();

    /// <summary>
    /// EF's refusal to translate a LINQ expression to SQL, also when it comes wrapped: the page is read through
    /// reflection (and, with server paging, inside ApplyTo), so it arrives as a TargetInvocationException.
    /// </summary>
    private static bool IsUntranslatable(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is InvalidOperationException && inner.Message.Contains("could not be translated", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTimeout(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is TimeoutException or PostgresException { SqlState: PostgresErrorCodes.QueryCanceled })
            {
                return true;
            }
        }

        return false;
    }

    private static ObjectResult Refuse(string detail) => new(new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "OData 查询无效",
        Detail = detail,
    })
    {
        StatusCode = StatusCodes.Status400BadRequest,
        ContentTypes = { "application/problem+json" },
    };
}
