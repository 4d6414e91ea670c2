using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Reviews;

/// <summary>A review recorded through the API: its id, its ETag and the body the API answered with.</summary>
public sealed record RecordedReview(Guid Id, string ETag, JsonElement Json)
{
    public string Url => $"{ReviewFlow.ReviewsRoute}/{Id}";
}

/// <summary>Builds review requests for the baseline world and records them as township A's (or B's) secretary.</summary>
public sealed class ReviewFlow(PortalFactory portal)
{
    public const string ReviewsRoute = "/api/v1/reviews";

    public static readonly DateOnly Day = new(2026, 4, 10);

    private TestWorld World => portal.World;

    /// <summary>
    /// A request body for township A (or <paramref name="town"/>): the township's first deputy reports orally on
    /// 2026-04-10 to 30 voters' representatives, who vote 20 / 6 / 2, unless told otherwise.
    /// </summary>
    public Dictionary<string, object?> Body(
        TownWorld? town = null,
        Guid? deputyId = null,
        Guid? districtId = null,
        DateOnly? heldOn = null,
        int votersPresent = 30,
        int satisfied = 20,
        int basicallySatisfied = 6,
        int dissatisfied = 2,
        string? outcome = null,
        string reportText = "一年来，本人认真履行代表职责，走访选民，提出建议三件。")
    {
        var t = town ?? World.A;
        return new Dictionary<string, object?>
        {
            ["townshipId"] = t.Township.Id,
            ["termId"] = t.Term.Id,
            ["deputyId"] = deputyId ?? t.Deputy.Id,
            ["districtId"] = districtId,
            ["heldOn"] = heldOn ?? Day,
            ["venue"] = "村委会会议室",
            ["form"] = "Oral",
            ["reportText"] = reportText,
            ["votersPresent"] = votersPresent,
            ["satisfied"] = satisfied,
            ["basicallySatisfied"] = basicallySatisfied,
            ["dissatisfied"] = dissatisfied,
            ["outcome"] = outcome,
        };
    }

    /// <summary>The body of a revision: the same fields without the township and term.</summary>
    public static Dictionary<string, object?> ForRevision(Dictionary<string, object?> body)
    {
        var copy = new Dictionary<string, object?>(body);
        copy.Remove("townshipId");
        copy.Remove("termId");
        return copy;
    }

    public async Task<RecordedReview> RecordAsync(Dictionary<string, object?> body, string secretary = "secretary.a")
    {
        var response = await (await portal.ClientForAsync(secretary)).PostAsJsonAsync(ReviewsRoute, body);
        await response.ShouldBe(HttpStatusCode.Created);
        var json = await response.JsonAsync();
        return new RecordedReview(json.GetProperty("id").GetGuid(), response.ETag(), json);
    }

    /// <summary>How many reviews exist in all townships, as county staff sees them.</summary>
    public async Task<int> CountAsync()
    {
        var page = await (await (await portal.ClientForAsync("county")).GetAsync(ReviewsRoute)).JsonAsync();
        return page.GetProperty("totalCount").GetInt32();
    }

    /// <summary>Sets township A's review thresholds as the administrator (from the defaults, ETag "0").</summary>
    public async Task SetThresholdsAsync(int excellent, int competent, int basicallyCompetent)
    {
        var url = $"/api/v1/townships/{World.A.Township.Id}/settings";
        var admin = await portal.ClientForAsync("admin");
        var current = await admin.GetAsync(url);
        var settings = await current.JsonAsync();
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(settings.GetRawText())!
            .Where(p => p.Key is not ("townshipId" or "version"))
            .ToDictionary(p => p.Key, p => (object?)p.Value);
        body["reviews"] = new { excellentPercent = excellent, competentPercent = competent, basicallyCompetentPercent = basicallyCompetent };
        var response = await admin.SendJsonAsync(HttpMethod.Put, url, body, current.ETag());
        await response.ShouldBe(HttpStatusCode.OK);
    }
}
