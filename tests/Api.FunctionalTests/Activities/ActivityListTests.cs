using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Activities.ActivityFlow;

namespace DeputyPortal.Api.FunctionalTests.Activities;

public sealed class ActivityListTests(PortalFactory portal) : PortalTest(portal)
{
    private ActivityFlow Flow => new(Portal);

    /// <summary>
    /// Township A's inspection (deputies 1–2, first unit, 05-20), group training (deputies 3–4, second unit, 04-10),
    /// evaluation (deputy 1, both units, 03-05) with an open item for the second unit; township B's inspection.
    /// </summary>
    private async Task<(Guid Inspection, Guid Training, Guid Evaluation, Guid OfB)> SeedAsync()
    {
        var a = World.A;
        var inspection = await Flow.RecordAsync(Flow.Body());
        var training = await Flow.RecordAsync(Flow.Body(
            kind: "Training", title: "代表履职学习培训", startsOn: new DateOnly(2026, 4, 10), groupId: a.Group.Id,
            participants: [Present(a.Deputies[2].Id), Absent(a.Deputies[3].Id)], unitIds: [a.Units[1].Id]));
        var evaluation = await Flow.RecordAsync(Flow.Body(
            kind: "WorkEvaluation", title: "评议农业农村工作", startsOn: new DateOnly(2026, 3, 5),
            participants: [Present(a.Deputies[0].Id)], unitIds: [a.Units[0].Id], tallies: [Tally(a.Units[0].Id, 1, 0, 0)]));
        await Flow.AddItemAsync(evaluation, Item(a.Units[1].Id, new DateOnly(2026, 5, 31)));
        var ofB = await Flow.RecordAsync(Flow.Body(World.B), "secretary.b");
        return (inspection.Id, training.Id, evaluation.Id, ofB.Id);
    }

    [Fact]
    public async Task List_FiltersByEachCriterion()
    {
        var (inspection, training, evaluation, ofB) = await SeedAsync();
        var a = World.A;
        var cases = new Dictionary<string, Guid[]>
        {
            [$"townshipId={a.Township.Id}"] = [inspection, evaluation, training],
            [$"termId={World.B.Term.Id}"] = [ofB],
            ["kind=WorkEvaluation"] = [evaluation],
            ["supervision=true"] = [inspection, ofB, evaluation],
            ["supervision=false"] = [training],
            [$"groupId={a.Group.Id}"] = [training],
            [$"deputyId={a.Deputies[0].Id}"] = [inspection, evaluation],
            [$"deputyId={a.Deputies[3].Id}"] = [training],
            [$"unitId={a.Units[1].Id}"] = [training, evaluation],
            ["from=2026-04-10&to=2026-05-19"] = [training],
            ["from=2026-05-01"] = [inspection, ofB],
            ["hasOpenRectification=true"] = [evaluation],
            ["hasOpenRectification=false&townshipId=" + a.Township.Id] = [inspection, training],
        };
        var county = await As("county");

        foreach (var (query, expected) in cases)
        {
            var response = await county.GetAsync($"{ActivitiesRoute}?{query}&sort=-startsOn");
            await response.ShouldBe(HttpStatusCode.OK);
            var ids = (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
            Assert.True(expected.Order().SequenceEqual(ids.Order()), $"{query}: got {ids.Count} activities, expected {expected.Length}");
        }
    }

    [Fact]
    public async Task List_SortsNewestFirstByDefaultAndPages()
    {
        var (inspection, training, evaluation, _) = await SeedAsync();
        var client = await As("secretary.a");

        var first = await (await client.GetAsync($"{ActivitiesRoute}?pageSize=2")).JsonAsync();
        var second = await (await client.GetAsync($"{ActivitiesRoute}?pageSize=2&page=2")).JsonAsync();
        var byTitle = await (await client.GetAsync($"{ActivitiesRoute}?sort=startsOn")).JsonAsync();

        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.Equal([inspection, training], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal([evaluation], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal([evaluation, training, inspection], byTitle.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var listed = byTitle.GetProperty("items")[0];
        Assert.Equal((true, 1), (listed.GetProperty("isOverdue").GetBoolean(), listed.GetProperty("openRectificationCount").GetInt32()));
        Assert.Equal(World.A.Units[1].Name, listed.GetProperty("rectificationItems")[0].GetProperty("responsibleUnitName").GetString());
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("sort=place", "sort")]
    [InlineData("from=2026-05-02&to=2026-05-01", "to")]
    public async Task List_WithBadQuery_IsRefusedNamingTheField(string queryString, string field)
    {
        var response = await (await As("county")).GetAsync($"{ActivitiesRoute}?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.StartsWith(field + ":", StringComparison.Ordinal));
    }
}
