using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

public sealed class ProposalRegistrationTests(PortalFactory portal) : PortalTest(portal)
{
    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task Register_NumbersEachSeriesFromOne()
    {
        var first = await Flow.RegisteredAsync();
        var second = await Flow.RegisteredAsync();
        var motion = await Flow.RegisteredAsync(Flow.Motion());
        var betweenSessions = await Flow.RegisteredAsync(new
        {
            termId = World.A.Term.Id, kind = "Suggestion", title = "关于整治集镇停车秩序的建议", content = "集镇停车混乱。", category = "社会治理",
        });

        Assert.Equal("18-1-J001", first.Json.GetProperty("number").GetString());
        Assert.Equal("18-1-J002", second.Json.GetProperty("number").GetString());
        Assert.Equal("18-1-Y001", motion.Json.GetProperty("number").GetString());
        Assert.Equal("18-闭会-J001", betweenSessions.Json.GetProperty("number").GetString());
        Assert.Equal("Registered", first.Status);
        Assert.Equal("2026-06-15", first.Json.GetProperty("registeredOn").GetString());
    }

    [Fact]
    public async Task Register_TwentyAtOnce_GivesTwentyConsecutiveNumbers()
    {
        var submitted = new List<ProposalHandle>();
        for (var i = 0; i < 20; i++)
        {
            submitted.Add(await Flow.SubmittedAsync(Flow.Suggestion($"第{i + 1}件建议")));
        }

        // Twenty secretaries' clients, started together.
        var responses = await Task.WhenAll(submitted.Select(p => Flow.TryAsync("secretary.a", p, "register")));

        foreach (var response in responses)
        {
            await response.ShouldBe(HttpStatusCode.OK);
        }

        var numbers = new List<string>();
        foreach (var response in responses)
        {
            numbers.Add((await response.JsonAsync()).GetProperty("number").GetString()!);
        }

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"18-1-J{i:000}"), numbers.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("deputy.a", HttpStatusCode.Forbidden)]
    [InlineData("county", HttpStatusCode.Forbidden)]
    [InlineData("unit.a", HttpStatusCode.Forbidden)]
    [InlineData("presidium.a", HttpStatusCode.Forbidden)]
    [InlineData("secretary.b", HttpStatusCode.NotFound)]
    public async Task Register_ByAnyoneButTheTownshipSecretary_IsRefused(string user, HttpStatusCode expected)
    {
        var submitted = await Flow.SubmittedAsync();

        var response = await Flow.TryAsync(user, submitted, "register");

        await response.ShouldBe(expected);
        Assert.Equal("Submitted", (await Flow.GetAsync(submitted.Id)).Status);
    }

    [Fact]
    public async Task Register_ADraft_IsConflictNamingStateAndRule_AndDrawsNoNumber()
    {
        var draft = await Flow.PaperDraftAsync();

        var response = await Flow.TryAsync("secretary.a", draft, "register");
        var next = await Flow.RegisteredAsync();

        await response.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.JsonAsync();
        Assert.Equal("RegisterAfterSubmission", problem.GetProperty("rule").GetString());
        Assert.Contains("草稿", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("18-1-J001", next.Json.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Register_WithStaleETag_IsPreconditionFailed_AndDrawsNoNumber()
    {
        var submitted = await Flow.SubmittedAsync();
        var stale = submitted with { ETag = "\"1\"" };

        var response = await Flow.TryAsync("secretary.a", stale, "register");
        var registered = await Flow.ActAsync("secretary.a", submitted, "register");

        await response.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal("18-1-J001", registered.Json.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Reject_WithReason_EndsItAsRejected()
    {
        var submitted = await Flow.SubmittedAsync();

        var rejected = await Flow.ActAsync("secretary.a", submitted, "reject", new { reason = "属于个人诉求，不宜作为代表建议。" });

        Assert.Equal("Rejected", rejected.Status);
        Assert.Equal("属于个人诉求，不宜作为代表建议。", rejected.Json.GetProperty("rejectionReason").GetString());
        Assert.Equal(JsonNull, rejected.Json.GetProperty("number").ValueKind);
        Assert.Equal("Rejected", rejected.Json.GetProperty("timeline").EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Fact]
    public async Task Reject_WithoutReason_IsRefusedNamingTheField()
    {
        var submitted = await Flow.SubmittedAsync();

        var response = await Flow.TryAsync("secretary.a", submitted, "reject", new { reason = " " });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("reason:Required", await response.FieldRulesAsync());
        Assert.Equal("Submitted", (await Flow.GetAsync(submitted.Id)).Status);
    }

    [Fact]
    public async Task Reject_OnceRegistered_IsConflict()
    {
        var registered = await Flow.RegisteredAsync();

        var response = await Flow.TryAsync("secretary.a", registered, "reject", new { reason = "不予立案" });

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("RejectOnlySubmitted", await response.RuleAsync());
    }

    [Fact]
    public async Task Convert_RegisteredMotion_BecomesASuggestionKeepingNumberAndHistory()
    {
        var motion = await Flow.RegisteredAsync(Flow.Motion());

        var converted = await Flow.ActAsync("secretary.a", motion, "convert-to-suggestion");

        Assert.Equal("Suggestion", converted.Json.GetProperty("kind").GetString());
        Assert.Equal("18-1-Y001", converted.Json.GetProperty("number").GetString());
        Assert.Equal(
            ["Drafted", "Submitted", "Registered", "ConvertedToSuggestion"],
            converted.Json.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Convert_ASuggestion_IsConflict()
    {
        var suggestion = await Flow.RegisteredAsync();

        var response = await Flow.TryAsync("secretary.a", suggestion, "convert-to-suggestion");

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("OnlyMotionsAreConverted", await response.RuleAsync());
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
