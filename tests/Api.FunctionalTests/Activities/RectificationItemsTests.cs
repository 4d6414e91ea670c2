using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Activities.ActivityFlow;

namespace DeputyPortal.Api.FunctionalTests.Activities;

/// <summary>整改事项: added to an activity, followed up to 已整改 with a date and evidence; overdue past the due date.</summary>
public sealed class RectificationItemsTests(PortalFactory portal) : PortalTest(portal)
{
    private ActivityFlow Flow => new(Portal);

    [Fact]
    public async Task Add_PastItsDueDate_IsOverdueAndChangesTheActivitysETag()
    {
        var activity = await Flow.RecordAsync(Flow.Body());

        var withItems = await Flow.AddItemAsync(activity, Item(World.A.Units[0].Id, new DateOnly(2026, 6, 1)));
        withItems = await Flow.AddItemAsync(withItems, Item(World.A.Units[1].Id, new DateOnly(2026, 6, 15), "清理水源地垃圾"));

        Assert.NotEqual(activity.ETag, withItems.ETag);
        var items = withItems.Json.GetProperty("rectificationItems").EnumerateArray().ToList();
        Assert.Equal([1, 2], items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.Equal((World.A.Units[0].Name, "Open", true), (items[0].GetProperty("responsibleUnitName").GetString(), items[0].GetProperty("status").GetString(), items[0].GetProperty("isOverdue").GetBoolean()));
        Assert.False(items[1].GetProperty("isOverdue").GetBoolean()); // due today: not yet overdue
        Assert.True(withItems.Json.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(2, withItems.Json.GetProperty("openRectificationCount").GetInt32());
        var fetched = await (await As("secretary.a")).GetAsync(activity.Url);
        Assert.Equal(withItems.ETag, fetched.ETag());
    }

    [Fact]
    public async Task Change_ToCompletedWithDateAndEvidence_ClosesTheItemAndTheOverdueFlag()
    {
        var activity = await Flow.AddItemAsync(await Flow.RecordAsync(Flow.Body()), Item(World.A.Units[0].Id, new DateOnly(2026, 6, 1)));
        var itemId = activity.Json.GetProperty("rectificationItems")[0].GetProperty("id").GetGuid();
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(
            HttpMethod.Put,
            $"{activity.Url}/rectification-items/{itemId}",
            Item(World.A.Units[0].Id, new DateOnly(2026, 6, 1), status: "Completed", completedOn: new DateOnly(2026, 6, 10), evidence: "已更换管网2公里，经验收合格。"),
            activity.ETag);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(activity.ETag, response.ETag());
        var json = await response.JsonAsync();
        var item = Assert.Single(json.GetProperty("rectificationItems").EnumerateArray());
        Assert.Equal(("Completed", "2026-06-10", "已更换管网2公里，经验收合格。", false), (
            item.GetProperty("status").GetString(), item.GetProperty("completedOn").GetString(), item.GetProperty("evidence").GetString(), item.GetProperty("isOverdue").GetBoolean()));
        Assert.False(json.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(0, json.GetProperty("openRectificationCount").GetInt32());
    }

    [Theory]
    [InlineData(null, "已完成", "completedOn:CompletedRectificationHasDateAndEvidence")]
    [InlineData("2026-06-10", null, "evidence:CompletedRectificationHasDateAndEvidence")]
    [InlineData("2026-06-16", "已完成", "completedOn:RectificationCompletedInPast")]
    public async Task Change_ToCompletedWithoutDateOrEvidence_IsRefusedAndChangesNothing(string? completedOn, string? evidence, string fieldRule)
    {
        var activity = await Flow.AddItemAsync(await Flow.RecordAsync(Flow.Body()), Item(World.A.Units[0].Id, new DateOnly(2026, 6, 1)));
        var itemId = activity.Json.GetProperty("rectificationItems")[0].GetProperty("id").GetGuid();
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(
            HttpMethod.Put,
            $"{activity.Url}/rectification-items/{itemId}",
            Item(World.A.Units[0].Id, new DateOnly(2026, 6, 1), status: "Completed", completedOn: completedOn is null ? null : DateOnly.Parse(completedOn, System.Globalization.CultureInfo.InvariantCulture), evidence: evidence),
            activity.ETag);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([fieldRule], await response.FieldRulesAsync());
        var fetched = await client.GetAsync(activity.Url);
        Assert.Equal(activity.ETag, fetched.ETag());
        Assert.Equal("Open", (await fetched.JsonAsync()).GetProperty("rectificationItems")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Add_ByUnitOfAnotherTownshipOrDueBeforeTheActivity_IsRefusedAndAddsNothing()
    {
        var activity = await Flow.RecordAsync(Flow.Body());
        var client = await As("secretary.a");

        var otherUnit = await client.SendJsonAsync(HttpMethod.Post, $"{activity.Url}/rectification-items", Item(World.B.Units[0].Id, new DateOnly(2026, 7, 1)), activity.ETag);
        var early = await client.SendJsonAsync(HttpMethod.Post, $"{activity.Url}/rectification-items", Item(World.A.Units[0].Id, Day.AddDays(-1)), activity.ETag);
        var empty = await client.SendJsonAsync(HttpMethod.Post, $"{activity.Url}/rectification-items", new { description = "", responsibleUnitId = World.A.Units[0].Id, dueOn = Day }, activity.ETag);

        await otherUnit.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["responsibleUnitId:ResponsibleUnitOfTownship"], await otherUnit.FieldRulesAsync());
        await early.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["dueOn:RectificationDueAfterActivity"], await early.FieldRulesAsync());
        await empty.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["description:Required"], await empty.FieldRulesAsync());
        var fetched = await client.GetAsync(activity.Url);
        Assert.Equal(activity.ETag, fetched.ETag());
        Assert.Equal(0, (await fetched.JsonAsync()).GetProperty("rectificationItems").GetArrayLength());
    }

    [Fact]
    public async Task AddOrChange_WithStaleIfMatch_IsPreconditionFailed()
    {
        var recorded = await Flow.RecordAsync(Flow.Body());
        var activity = await Flow.AddItemAsync(recorded, Item(World.A.Units[0].Id, new DateOnly(2026, 7, 1)));
        var itemId = activity.Json.GetProperty("rectificationItems")[0].GetProperty("id").GetGuid();
        var client = await As("secretary.a");

        var add = await client.SendJsonAsync(HttpMethod.Post, $"{activity.Url}/rectification-items", Item(World.A.Units[0].Id, new DateOnly(2026, 7, 1)), recorded.ETag);
        var change = await client.SendJsonAsync(
            HttpMethod.Put, $"{activity.Url}/rectification-items/{itemId}", Item(World.A.Units[1].Id, new DateOnly(2026, 7, 1)), recorded.ETag);

        await add.ShouldBe(HttpStatusCode.PreconditionFailed);
        await change.ShouldBe(HttpStatusCode.PreconditionFailed);
        var json = await (await client.GetAsync(activity.Url)).JsonAsync();
        var item = Assert.Single(json.GetProperty("rectificationItems").EnumerateArray());
        Assert.Equal(World.A.Units[0].Id, item.GetProperty("responsibleUnitId").GetGuid());
    }

    [Fact]
    public async Task Change_UnknownItem_IsNotFound()
    {
        var activity = await Flow.RecordAsync(Flow.Body());

        var response = await (await As("secretary.a")).SendJsonAsync(
            HttpMethod.Put, $"{activity.Url}/rectification-items/{Guid.NewGuid()}", Item(World.A.Units[0].Id, new DateOnly(2026, 7, 1)), activity.ETag);

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Add_RepeatedWithSameIdempotencyKey_AddsOnce()
    {
        var activity = await Flow.RecordAsync(Flow.Body());
        var client = await As("secretary.a");
        var item = Item(World.A.Units[0].Id, new DateOnly(2026, 7, 1));

        var first = await client.SendJsonAsync(HttpMethod.Post, $"{activity.Url}/rectification-items", item, activity.ETag, "item-1");
        var second = await client.SendJsonAsync(HttpMethod.Post, $"{activity.Url}/rectification-items", item, activity.ETag, "item-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await second.ShouldBe(HttpStatusCode.Created);
        Assert.Equal(1, (await (await client.GetAsync(activity.Url)).JsonAsync()).GetProperty("rectificationItems").GetArrayLength());
    }
}
