using System.Net;
using System.Net.Http.Json;
using System.Text;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeputyPortal.Api.FunctionalTests.Inputs;

/// <summary>
/// Every input says what it is, or is refused: a missing member is not read as its default, control characters and
/// out-of-window dates are refused wherever they arrive, and paging is bounded. Each refusal is 422 naming the
/// field and rule (400 for a body that is not JSON at all), never a 500.
/// </summary>
public sealed class InputRulesTests(PortalFactory portal) : PortalTest(portal)
{
    private object Deputy(string name = "甲新代表") => new
    {
        districtId = World.A.Districts[0].Id,
        name,
        gender = "Female",
        birthDate = "1980-05-06",
        ethnicity = "汉族",
        party = "Masses",
        occupation = "Farmer",
        education = "Bachelor",
        isReelected = false,
        isCountyDeputy = false,
    };

    [Fact]
    public void TheApplicationsJsonOptions_RespectRequiredParametersAndNullability()
    {
        var json = Portal.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        Assert.True(json.RespectRequiredConstructorParameters);
        Assert.True(json.RespectNullableAnnotations);
    }

    [Fact]
    public async Task RegisterDeputy_WithoutGenderAndParty_IsRefusedNamingBoth_NotStoredAsDefaults()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsync("/api/v1/deputies", Json($$"""
            {"districtId":"{{World.A.Districts[0].Id}}","name":"甲新代表","birthDate":"1980-05-06","ethnicity":"汉族",
             "occupation":"Farmer","education":"Bachelor","isReelected":false,"isCountyDeputy":false}
            """));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("gender:Required", rules);
        Assert.Contains("party:Required", rules);
        Assert.Equal(12, await DeputiesAsync());
    }

    [Fact]
    public async Task LogContact_WithoutChannel_IsRefusedNamingIt()
    {
        var client = await As("deputy.a");

        var response = await client.PostAsJsonAsync("/api/v1/constituent-contacts", new { contactedOn = "2026-06-01", summary = "走访了解春耕情况" });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("channel:Required", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task OptionalMembers_MayBeLeftOut()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/deputies", Deputy());

        await response.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("""{"gender":true}""", "gender:JsonType")]
    [InlineData("""{"isReelected":"yes"}""", "isReelected:JsonType")]
    [InlineData("""{"name":null}""", "name:Required")]
    [InlineData("""{"birthDate":"1980-13-45"}""", "birthDate:JsonType")]
    public async Task AMemberOfTheWrongType_OrNull_IsRefusedNamingIt(string change, string fieldRule)
    {
        var client = await As("secretary.a");
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Deputy(), System.Text.Json.JsonSerializerOptions.Web)!.AsObject();
        foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(change)!.AsObject())
        {
            body[key] = value?.DeepClone();
        }

        var response = await client.PostAsync("/api/v1/deputies", Json(body.ToJsonString()));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(fieldRule, await response.FieldRulesAsync());
    }

    [Fact]
    public async Task ABodyThatIsNotJson_IsABadRequest_AndTheWrongContentType_IsUnsupported()
    {
        var client = await As("secretary.a");

        var malformed = await client.PostAsync("/api/v1/deputies", Json("""{"name":"""));
        var text = await client.PostAsync("/api/v1/deputies", new StringContent("{}", Encoding.UTF8, "text/plain"));

        await malformed.ShouldBe(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        await text.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("甲\u0000代表")]
    [InlineData("甲\u0007代表")]
    public async Task TextWithAControlCharacter_IsRefusedNamingTheField_AndNeverReachesTheDatabase(string name)
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/deputies", Deputy(name));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("name:NoControlCharacters", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task TextWithTabsAndNewlines_IsAccepted()
    {
        var client = await As("deputy.a");

        var response = await client.PostAsJsonAsync(
            "/api/v1/constituent-contacts", new { contactedOn = "2026-06-01", channel = "Phone", otherPerson = "村民\t张某", summary = "第一行\r\n第二行\n第三行" });

        await response.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task ANulInASearch_IsRefusedNamingTheParameter()
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync("/api/v1/deputies?search=%00");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("search:NoControlCharacters", await response.FieldRulesAsync());
    }

    [Theory]
    [InlineData("If-Match")]
    [InlineData("Idempotency-Key")]
    public async Task ANulInAHeaderTheAppReads_IsRefusedNamingTheHeader(string header)
    {
        var client = await As("secretary.a");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/deputies") { Content = JsonContent.Create(Deputy()) };
        request.Headers.TryAddWithoutValidation(header, "\"1\u0000\"");

        var response = await client.SendAsync(request);

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"{header}:NoControlCharacters", await response.FieldRulesAsync());
        Assert.Equal(12, await DeputiesAsync());
    }

    [Fact]
    public async Task ANulInTheSignInName_IsRefused_ForTheTokenAndThePortalForm()
    {
        using var anonymous = Portal.CreateClient();

        var token = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin\u0000", password = "x" });
        var form = await anonymous.PostAsync("/Account/Login", new FormUrlEncodedContent([new("UserName", "admin\u0001"), new("Password", "x")]));
        var nulInForm = await anonymous.PostAsync("/Account/Login", new FormUrlEncodedContent([new("UserName", "admin\u0000"), new("Password", "x")]));

        await token.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("userName:NoControlCharacters", await token.FieldRulesAsync());
        // A portal form is answered with the portal's Chinese page, not the API's problem details.
        await form.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("text/html", form.Content.Headers.ContentType?.MediaType);
        Assert.Contains("输入有误", await form.Content.ReadAsStringAsync());
        await nulInForm.ShouldBe(HttpStatusCode.BadRequest); // the framework's form reader refuses NUL itself
        Assert.Equal("text/html", nulInForm.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("page=2147483647", "page:PageInRange")]
    [InlineData("page=100001", "page:PageInRange")]
    [InlineData("page=0", "page:PageInRange")]
    [InlineData("pageSize=201", "pageSize:PageSizeInRange")]
    public async Task PagingOutOfBounds_IsRefusedNamingTheParameter(string query, string fieldRule)
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync($"/api/v1/deputies?{query}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(fieldRule, await response.FieldRulesAsync());
    }

    [Fact]
    public async Task AQueryParameterThatDoesNotBind_IsABadRequestProblem()
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync("/api/v1/deputies?page=abc");

        await response.ShouldBe(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("9999-01-01", "9999-12-31")]
    [InlineData("1899-12-31", "1904-12-31")]
    public async Task ATermDatedOutsideTheWindow_IsRefusedNamingTheDate(string startsOn, string endsOn)
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/terms", new { townshipId = World.A.Township.Id, number = 19, startsOn, endsOn });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("startsOn:DateInWindow", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task AQueryDateOutsideTheWindow_IsRefusedNamingIt()
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync("/api/v1/constituent-contacts?from=0001-01-01");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("from:DateInWindow", await response.FieldRulesAsync());
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<int> DeputiesAsync()
    {
        using var scope = Portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Deputies.IgnoreQueryFilters().CountAsync();
    }
}
