using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Meetings;

/// <summary>
/// Builds a presidium of a given size in a township of the baseline world through the API: the baseline chair
/// (Deputies[5]), then the township's other deputies, then new deputies elected for the purpose.
/// </summary>
internal static class Presidium
{
    public const string MeetingsUrl = "/api/v1/presidium-meetings";

    /// <summary>The ids of the presidium members, the chair first.</summary>
    public static async Task<IReadOnlyList<Guid>> OfSizeAsync(HttpClient secretary, TownWorld town, int size)
    {
        var members = new List<Guid> { town.Chair.Id };
        var deputies = town.Deputies.Take(5).Select(d => d.Id).ToList();
        for (var i = deputies.Count; i < size - 1; i++)
        {
            deputies.Add(await ElectAsync(secretary, town.Districts[i % 2].Id, $"{town.Township.Name[..1]}主席团成员{i}"));
        }

        foreach (var deputyId in deputies.Take(size - 1))
        {
            members.Add(await AppointAsync(secretary, town.Term.Id, deputyId, "Member"));
        }

        return members;
    }

    public static async Task<Guid> ElectAsync(HttpClient secretary, Guid districtId, string name)
    {
        var response = await secretary.PostAsJsonAsync("/api/v1/deputies", new
        {
            districtId,
            name,
            gender = "Male",
            birthDate = "1975-04-05",
            ethnicity = "汉族",
            party = "CpcMember",
            occupation = "Farmer",
            education = "HighSchool",
            phone = (string?)null,
            isReelected = false,
            isCountyDeputy = false,
        });
        await response.ShouldBe(HttpStatusCode.Created);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> AppointAsync(HttpClient secretary, Guid termId, Guid deputyId, string post, string servesFrom = "2021-09-01")
    {
        var response = await secretary.PostAsJsonAsync("/api/v1/presidium-members", new { termId, deputyId, post, servesFrom });
        await response.ShouldBe(HttpStatusCode.Created);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    public static async Task EndPostAsync(HttpClient secretary, Guid memberId, string servesUntil)
    {
        var url = $"/api/v1/presidium-members/{memberId}";
        var response = await secretary.SendJsonAsync(HttpMethod.Post, $"{url}/end", new { servesUntil }, (await secretary.GetAsync(url)).ETag());
        await response.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>A decision as the API takes it.</summary>
    public static object Decision(int votesFor, int votesAgainst = 0, int abstentions = 0, string text = "同意镇村道路硬化计划", string? followUpDueOn = null, Guid? followUpUnitId = null, string? followUpCompletedOn = null) =>
        new { text, votesFor, votesAgainst, abstentions, followUpDueOn, followUpUnitId, followUpCompletedOn };

    /// <summary>A meeting's body: the given members present, the others left out (absent).</summary>
    public static JsonObject Meeting(
        Guid termId, IEnumerable<Guid> present, string heldAt = "2026-03-10T09:00:00+08:00", string kind = "Regular", params object[] decisions) =>
        new()
        {
            ["termId"] = termId,
            ["kind"] = kind,
            ["heldAt"] = heldAt,
            ["place"] = "镇人大办会议室",
            ["agenda"] = new JsonArray("研究一季度代表活动安排", "听取代表建议办理情况汇报"),
            ["attendance"] = new JsonArray(present.Select(id => (JsonNode)new JsonObject { ["presidiumMemberId"] = id, ["attendance"] = "Present" }).ToArray()),
            ["invitedDeputyIds"] = new JsonArray(),
            ["minutes"] = "会议由主席主持。",
            ["decisions"] = JsonSerializerNode(decisions),
        };

    public static async Task<HttpResponseMessage> RecordAsync(HttpClient client, JsonObject meeting, string? idempotencyKey = null) =>
        await client.SendJsonAsync(HttpMethod.Post, MeetingsUrl, meeting, idempotencyKey: idempotencyKey);

    /// <summary>Records a meeting that must be accepted and answers it.</summary>
    public static async Task<(System.Text.Json.JsonElement Json, string ETag)> RecordOkAsync(HttpClient client, JsonObject meeting)
    {
        var response = await RecordAsync(client, meeting);
        await response.ShouldBe(HttpStatusCode.Created);
        return (await response.JsonAsync(), response.ETag());
    }

    private static JsonArray JsonSerializerNode(object[] items) =>
        new(items.Select(i => System.Text.Json.JsonSerializer.SerializeToNode(i, System.Text.Json.JsonSerializerOptions.Web)).ToArray());
}
