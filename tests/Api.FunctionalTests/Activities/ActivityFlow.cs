using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Activities;

/// <summary>An activity recorded through the API: its id, its ETag and the body the API answered with.</summary>
public sealed record RecordedActivity(Guid Id, string ETag, JsonElement Json)
{
    public string Url => $"/api/v1/activities/{Id}";
}

/// <summary>Builds activity requests for the baseline world and records them as township A's (or B's) secretary.</summary>
public sealed class ActivityFlow(PortalFactory portal)
{
    public const string ActivitiesRoute = "/api/v1/activities";

    public static readonly DateOnly Day = new(2026, 5, 20);

    private TestWorld World => portal.World;

    /// <summary>
    /// A request body for township A (or <paramref name="town"/>): an inspection (视察) of the first unit on 2026-05-20
    /// by the first two deputies, both present, unless told otherwise.
    /// </summary>
    public Dictionary<string, object?> Body(
        TownWorld? town = null,
        string kind = "Inspection",
        string title = "视察农村饮水安全工程",
        DateOnly? startsOn = null,
        DateOnly? endsOn = null,
        Guid? groupId = null,
        IEnumerable<Guid>? unitIds = null,
        IEnumerable<object>? participants = null,
        IEnumerable<object>? tallies = null)
    {
        var t = town ?? World.A;
        return new Dictionary<string, object?>
        {
            ["townshipId"] = t.Township.Id,
            ["termId"] = t.Term.Id,
            ["kind"] = kind,
            ["title"] = title,
            ["startsOn"] = startsOn ?? Day,
            ["endsOn"] = endsOn,
            ["place"] = "茶亭村水厂",
            ["findings"] = "部分管网老化，水压不足。",
            ["organizingGroupId"] = groupId,
            ["subjectUnitIds"] = (unitIds ?? [t.Units[0].Id]).ToList(),
            ["participants"] = (participants ?? [Present(t.Deputies[0].Id), Present(t.Deputies[1].Id)]).ToList(),
            ["tallies"] = (tallies ?? []).ToList(),
        };
    }

    public static object Present(Guid deputyId) => new { deputyId, attendance = "Present" };

    public static object Absent(Guid deputyId) => new { deputyId, attendance = "Absent" };

    public static object OnLeave(Guid deputyId, string? leaveReason) => new { deputyId, attendance = "OnLeave", leaveReason };

    public static object Tally(Guid handlingUnitId, int satisfied, int basicallySatisfied, int dissatisfied) =>
        new { handlingUnitId, satisfied, basicallySatisfied, dissatisfied };

    public static object Item(Guid responsibleUnitId, DateOnly dueOn, string description = "更换老化管网", string? status = null, DateOnly? completedOn = null, string? evidence = null) =>
        new { description, responsibleUnitId, dueOn, status, completedOn, evidence };

    public async Task<RecordedActivity> RecordAsync(Dictionary<string, object?> body, string secretary = "secretary.a")
    {
        var response = await (await portal.ClientForAsync(secretary)).PostAsJsonAsync(ActivitiesRoute, body);
        await response.ShouldBe(HttpStatusCode.Created);
        var json = await response.JsonAsync();
        return new RecordedActivity(json.GetProperty("id").GetGuid(), response.ETag(), json);
    }

    /// <summary>Adds a rectification item as township A's secretary; answers with the activity as it now is.</summary>
    public async Task<RecordedActivity> AddItemAsync(RecordedActivity activity, object item, string secretary = "secretary.a")
    {
        var response = await (await portal.ClientForAsync(secretary))
            .SendJsonAsync(HttpMethod.Post, $"{activity.Url}/rectification-items", item, activity.ETag);
        await response.ShouldBe(HttpStatusCode.Created);
        return new RecordedActivity(activity.Id, response.ETag(), await response.JsonAsync());
    }

    /// <summary>How many activities exist in all townships, as county staff sees them.</summary>
    public async Task<int> CountAsync()
    {
        var page = await (await (await portal.ClientForAsync("county")).GetAsync(ActivitiesRoute)).JsonAsync();
        return page.GetProperty("totalCount").GetInt32();
    }

    /// <summary>
    /// A deputy of township A's previous term (第十七届), written through the domain: the API would not let a term
    /// overlap the baseline's, and none of the tests need more of it than a deputy who is not of the current term.
    /// </summary>
    public async Task<Guid> DeputyOfPreviousTermAsync()
    {
        using var scope = portal.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var term = Term.Create(World.A.Township.Id, 17, new DateOnly(2016, 9, 1), new DateOnly(2021, 8, 31), new DateOnly(2016, 8, 20));
        var district = ElectoralDistrict.Create(term, "甲第一选区（十七届）", 1800, 2);
        var deputy = Deputy.Elect(district, new DeputyProfile(
            "甲往届代表", Gender.Male, new DateOnly(1965, 1, 1), "汉族", PartyAffiliation.Masses, OccupationCategory.Farmer, Education.HighSchool,
            "13800009999", false, false));
        db.Terms.Add(term);
        db.ElectoralDistricts.Add(district);
        db.Deputies.Add(deputy);
        await db.SaveChangesAsync();
        return deputy.Id;
    }
}
