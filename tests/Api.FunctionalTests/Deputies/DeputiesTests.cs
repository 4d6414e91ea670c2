using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Deputies;

public sealed class DeputiesTests(PortalFactory portal) : PortalTest(portal)
{
    private static object NewDeputy(Guid districtId, string name = "甲新代表", string? phone = "13912345678", string birthDate = "1980-05-06") => new
    {
        districtId,
        name,
        gender = "Female",
        birthDate,
        ethnicity = "畲族",
        party = "NonPartisan",
        occupation = "Professional",
        education = "Bachelor",
        phone,
        isReelected = false,
        isCountyDeputy = true,
    };

    private static List<string?> Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();

    private static async Task<HttpResponseMessage> TerminateAsync(HttpClient client, Guid deputyId, string on = "2024-05-01", string reason = "调离本行政区域")
    {
        var url = $"/api/v1/deputies/{deputyId}";
        return await client.SendJsonAsync(HttpMethod.Post, $"{url}/terminate", new { terminatedOn = on, reason }, (await client.GetAsync(url)).ETag());
    }

    [Fact]
    public async Task List_AsSecretary_ShowsOnlyOwnTownship()
    {
        var client = await As("secretary.a");

        var page = await (await client.GetAsync("/api/v1/deputies")).JsonAsync();

        Assert.Equal(6, page.GetProperty("totalCount").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), d => Assert.Equal(World.A.Township.Id, d.GetProperty("townshipId").GetGuid()));
    }

    [Fact]
    public async Task List_AsCountyStaff_ShowsEveryTownship()
    {
        var client = await As("county");

        var page = await (await client.GetAsync("/api/v1/deputies")).JsonAsync();

        Assert.Equal(12, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task List_CombinesFilters()
    {
        var client = await As("county");
        var district = World.A.Districts[0].Id; // holds deputies 2, 4 and 6, all women

        var byParty = await (await client.GetAsync($"/api/v1/deputies?townshipId={World.A.Township.Id}&party=Masses")).JsonAsync();
        var women = await (await client.GetAsync($"/api/v1/deputies?districtId={district}&gender=Female")).JsonAsync();
        var men = await (await client.GetAsync($"/api/v1/deputies?districtId={district}&gender=Male")).JsonAsync();
        var farmersOfB = await (await client.GetAsync($"/api/v1/deputies?termId={World.B.Term.Id}&occupation=Farmer&isCountyDeputy=false")).JsonAsync();
        var countyDeputies = await (await client.GetAsync("/api/v1/deputies?isCountyDeputy=true")).JsonAsync();

        Assert.Equal(["甲代表4", "甲代表5", "甲代表6"], Names(byParty));
        Assert.Equal(["甲代表2", "甲代表4", "甲代表6"], Names(women));
        Assert.Equal(0, men.GetProperty("totalCount").GetInt32());
        Assert.Equal(6, farmersOfB.GetProperty("totalCount").GetInt32());
        Assert.All(farmersOfB.GetProperty("items").EnumerateArray(), d => Assert.Equal(World.B.Township.Id, d.GetProperty("townshipId").GetGuid()));
        Assert.Equal(0, countyDeputies.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task List_SearchesByName()
    {
        var client = await As("county");

        var page = await (await client.GetAsync($"/api/v1/deputies?search={Uri.EscapeDataString("代表3")}")).JsonAsync();

        Assert.Equal(new[] { "甲代表3", "乙代表3" }.Order(StringComparer.Ordinal), Names(page).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_PagesAndSortsByBirthDate()
    {
        var client = await As("secretary.a");

        var page = await (await client.GetAsync("/api/v1/deputies?sort=-birthDate&page=2&pageSize=4")).JsonAsync();

        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(4, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(6, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["甲代表2", "甲代表1"], Names(page));
    }

    [Theory]
    [InlineData("sort=phone", "sort")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task List_WithBadPaging_IsRefusedNamingTheField(string queryString, string field)
    {
        var client = await As("county");

        var response = await client.GetAsync($"/api/v1/deputies?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.StartsWith(field + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_AnotherTownshipsDeputy_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.GetAsync($"/api/v1/deputies/{World.B.Deputy.Id}");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_CarriesETagAndEveryProfileField()
    {
        var client = await As("secretary.a");
        var deputy = World.A.Deputy;

        var response = await client.GetAsync($"/api/v1/deputies/{deputy.Id}");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.Matches("^\"\\d+\"$", response.ETag());
        var json = await response.JsonAsync();
        Assert.Equal(deputy.TermId, json.GetProperty("termId").GetGuid());
        Assert.Equal(deputy.DistrictId, json.GetProperty("districtId").GetGuid());
        Assert.Equal("甲代表1", json.GetProperty("name").GetString());
        Assert.Equal("Male", json.GetProperty("gender").GetString());
        Assert.Equal("1971-03-01", json.GetProperty("birthDate").GetString());
        Assert.Equal("汉族", json.GetProperty("ethnicity").GetString());
        Assert.Equal("CpcMember", json.GetProperty("party").GetString());
        Assert.Equal("Farmer", json.GetProperty("occupation").GetString());
        Assert.Equal("HighSchool", json.GetProperty("education").GetString());
        Assert.True(json.GetProperty("isReelected").GetBoolean());
        Assert.False(json.GetProperty("isCountyDeputy").GetBoolean());
        Assert.Equal("Serving", json.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("terminatedOn").ValueKind);
    }

    [Theory]
    [InlineData("secretary.a", "13800000001")]
    [InlineData("deputy.a", "13800000001")]
    [InlineData("presidium.a", "138****0001")]
    [InlineData("county", "138****0001")]
    [InlineData("deputy2.a", "138****0001")]
    public async Task Get_ShowsPhoneInFullOnlyToSecretaryAndTheDeputyThemself(string userName, string expectedPhone)
    {
        var client = await As(userName);

        var json = await (await client.GetAsync($"/api/v1/deputies/{World.A.Deputy.Id}")).JsonAsync();

        Assert.Equal(expectedPhone, json.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task List_AsDeputy_ShowsOwnPhoneInFullAndOthersMasked()
    {
        var client = await As("deputy.a");

        var page = await (await client.GetAsync("/api/v1/deputies?pageSize=200")).JsonAsync();

        var phones = page.GetProperty("items").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetGuid(), d => d.GetProperty("phone").GetString());
        Assert.Equal(6, phones.Count);
        Assert.Equal("13800000001", phones[World.A.Deputy.Id]);
        Assert.Equal("138****0002", phones[World.A.OtherDeputy.Id]);
        Assert.All(phones.Where(p => p.Key != World.A.Deputy.Id), p => Assert.Contains("****", p.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_AsCountyStaff_MasksEveryPhone()
    {
        var client = await As("county");

        var page = await (await client.GetAsync("/api/v1/deputies?pageSize=200")).JsonAsync();

        Assert.All(page.GetProperty("items").EnumerateArray(), d => Assert.Matches(@"^138\*{4}\d{4}$", d.GetProperty("phone").GetString()));
    }

    [Fact]
    public async Task Register_AsSecretary_CreatesServingDeputyInTheDistrictsTerm()
    {
        var client = await As("secretary.a");
        var district = World.A.Districts[1];

        var response = await client.PostAsJsonAsync("/api/v1/deputies", NewDeputy(district.Id));

        await response.ShouldBe(HttpStatusCode.Created);
        var created = await response.JsonAsync();
        Assert.Equal($"/api/v1/deputies/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        var fetched = await client.GetAsync(response.Headers.Location);
        var json = await fetched.JsonAsync();
        Assert.Equal(response.ETag(), fetched.ETag());
        Assert.Equal(World.A.Township.Id, json.GetProperty("townshipId").GetGuid());
        Assert.Equal(World.A.Term.Id, json.GetProperty("termId").GetGuid());
        Assert.Equal(district.Id, json.GetProperty("districtId").GetGuid());
        Assert.Equal("Serving", json.GetProperty("status").GetString());
        Assert.Equal("13912345678", json.GetProperty("phone").GetString());
        Assert.True(json.GetProperty("isCountyDeputy").GetBoolean());
    }

    [Fact]
    public async Task Register_InAnotherTownshipsDistrict_IsNotFoundAndWritesNothing()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/deputies", NewDeputy(World.B.Districts[0].Id));

        await response.ShouldBe(HttpStatusCode.NotFound);
        var county = await As("county");
        Assert.Equal(12, (await (await county.GetAsync("/api/v1/deputies")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("county")]
    [InlineData("admin")]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task Register_ByRoleOtherThanSecretary_IsForbidden(string userName)
    {
        var client = await As(userName);

        var response = await client.PostAsJsonAsync("/api/v1/deputies", NewDeputy(World.A.Districts[0].Id));

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Register_WithInvalidFields_NamesEachFieldAndRule()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/deputies", new
        {
            districtId = Guid.Empty,
            name = "",
            gender = 7,
            birthDate = "1850-01-01",
            ethnicity = new string('族', 21),
            party = "Masses",
            occupation = "Farmer",
            education = "Bachelor",
            phone = "12345",
            isReelected = false,
            isCountyDeputy = false,
        });

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("districtId:Required", rules);
        Assert.Contains("name:Required", rules);
        Assert.Contains("gender:KnownValue", rules);
        Assert.Contains("birthDate:DeputyBirthDateIsPlausible", rules);
        Assert.Contains("ethnicity:MaxLength", rules);
        Assert.Contains("phone:PhoneFormat", rules);
    }

    [Fact]
    public async Task Register_WithOverlongNameOrUnderageBirthDate_IsRefused()
    {
        var client = await As("secretary.a");
        var tenYearsAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.PostAsJsonAsync("/api/v1/deputies", NewDeputy(World.A.Districts[0].Id, new string('名', 21), birthDate: tenYearsAgo));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rules = await response.FieldRulesAsync();
        Assert.Contains("name:MaxLength", rules);
        Assert.Contains("birthDate:DeputyBirthDateIsPlausible", rules);
    }

    [Fact]
    public async Task Register_WithoutPhoneOrWithLandline_IsAccepted()
    {
        var client = await As("secretary.a");

        var none = await client.PostAsJsonAsync("/api/v1/deputies", NewDeputy(World.A.Districts[0].Id, "甲无电话", phone: null));
        var landline = await client.PostAsJsonAsync("/api/v1/deputies", NewDeputy(World.A.Districts[0].Id, "甲座机", phone: "0797-1234567"));

        await none.ShouldBe(HttpStatusCode.Created);
        await landline.ShouldBe(HttpStatusCode.Created);
        Assert.Equal("0797-1234567", (await landline.JsonAsync()).GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Register_SamePersonTwiceInTheTerm_IsConflict()
    {
        var client = await As("secretary.a");

        var response = await client.PostAsJsonAsync("/api/v1/deputies", NewDeputy(World.A.Districts[0].Id, "甲代表1", birthDate: "1971-03-01"));

        await response.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Register_RetriedWithSameIdempotencyKey_CreatesOnce()
    {
        var client = await As("secretary.a");
        var body = NewDeputy(World.A.Districts[0].Id);

        var first = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/deputies", body, idempotencyKey: "deputy-create-1");
        var retry = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/deputies", body, idempotencyKey: "deputy-create-1");

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await retry.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(7, (await (await client.GetAsync("/api/v1/deputies")).JsonAsync()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Update_WithoutIfMatch_IsPreconditionRequired()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/deputies/{World.A.Deputy.Id}", NewDeputy(World.A.Deputy.DistrictId));

        await response.ShouldBe(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Update_WithCurrentETag_ChangesProfileAndMovesToTheNewDistrict()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/deputies/{World.A.Deputy.Id}";
        var etag = (await client.GetAsync(url)).ETag();
        var otherDistrict = World.A.Districts.First(d => d.Id != World.A.Deputy.DistrictId).Id;

        var response = await client.SendJsonAsync(HttpMethod.Put, url, NewDeputy(otherDistrict, "甲代表一", "13711112222"), etag);

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.NotEqual(etag, response.ETag());
        var json = await (await client.GetAsync(url)).JsonAsync();
        Assert.Equal("甲代表一", json.GetProperty("name").GetString());
        Assert.Equal(otherDistrict, json.GetProperty("districtId").GetGuid());
        Assert.Equal("13711112222", json.GetProperty("phone").GetString());
        Assert.Equal("NonPartisan", json.GetProperty("party").GetString());
    }

    [Fact]
    public async Task Update_WithStaleETag_IsPreconditionFailedAndKeepsTheOtherChange()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/deputies/{World.A.Deputy.Id}";
        var etag = (await client.GetAsync(url)).ETag();
        await client.SendJsonAsync(HttpMethod.Put, url, NewDeputy(World.A.Deputy.DistrictId, "第一次修改"), etag);

        var stale = await client.SendJsonAsync(HttpMethod.Put, url, NewDeputy(World.A.Deputy.DistrictId, "第二次修改"), etag);

        await stale.ShouldBe(HttpStatusCode.PreconditionFailed);
        Assert.Equal("第一次修改", (await (await client.GetAsync(url)).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_IntoAnotherTownshipsDistrict_IsNotFound()
    {
        var client = await As("secretary.a");
        var url = $"/api/v1/deputies/{World.A.Deputy.Id}";

        var response = await client.SendJsonAsync(HttpMethod.Put, url, NewDeputy(World.B.Districts[0].Id), (await client.GetAsync(url)).ETag());

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(World.A.Deputy.DistrictId, (await (await client.GetAsync(url)).JsonAsync()).GetProperty("districtId").GetGuid());
    }

    [Fact]
    public async Task Update_AnotherTownshipsDeputy_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/deputies/{World.B.Deputy.Id}", NewDeputy(World.B.Deputy.DistrictId), "\"1\"");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Terminate_RecordsDateAndReasonAndKeepsTheDeputyListed()
    {
        var client = await As("secretary.a");
        var deputy = World.A.Deputies[2];

        var response = await TerminateAsync(client, deputy.Id, "2024-05-01", "调离本行政区域");

        await response.ShouldBe(HttpStatusCode.OK);
        var json = await response.JsonAsync();
        Assert.Equal("Terminated", json.GetProperty("status").GetString());
        Assert.Equal("2024-05-01", json.GetProperty("terminatedOn").GetString());
        Assert.Equal("调离本行政区域", json.GetProperty("terminationReason").GetString());
        var terminated = await (await client.GetAsync("/api/v1/deputies?status=Terminated")).JsonAsync();
        Assert.Equal(["甲代表3"], Names(terminated));
        var all = await (await client.GetAsync("/api/v1/deputies")).JsonAsync();
        Assert.Equal(6, all.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Terminate_Twice_IsConflictNamingTheRule()
    {
        var client = await As("secretary.a");
        await (await TerminateAsync(client, World.A.Deputies[2].Id)).ShouldBe(HttpStatusCode.OK);

        var second = await TerminateAsync(client, World.A.Deputies[2].Id, "2024-06-01", "再次终止");

        await second.ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal("DeputyMandateTerminatesOnce", (await second.JsonAsync()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Terminate_OutsideTheTerm_IsRefusedNamingTheRule()
    {
        var client = await As("secretary.a");

        var response = await TerminateAsync(client, World.A.Deputies[2].Id, "2027-01-01");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("terminatedOn:DeputyTerminationWithinTerm", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Terminate_WithoutReason_IsRefusedNamingTheField()
    {
        var client = await As("secretary.a");

        var response = await TerminateAsync(client, World.A.Deputies[2].Id, reason: " ");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("reason:Required", await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Terminate_WithoutIfMatch_IsPreconditionRequired()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(
            HttpMethod.Post, $"/api/v1/deputies/{World.A.Deputies[2].Id}/terminate", new { terminatedOn = "2024-05-01", reason = "辞职" });

        await response.ShouldBe(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Terminate_AnotherTownshipsDeputy_IsNotFound()
    {
        var client = await As("secretary.a");

        var response = await client.SendJsonAsync(
            HttpMethod.Post, $"/api/v1/deputies/{World.B.Deputies[2].Id}/terminate", new { terminatedOn = "2024-05-01", reason = "辞职" }, "\"1\"");

        await response.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("county")]
    [InlineData("admin")]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task Terminate_ByRoleOtherThanSecretary_IsForbidden(string userName)
    {
        var reader = await As("secretary.a");
        var etag = (await reader.GetAsync($"/api/v1/deputies/{World.A.Deputies[2].Id}")).ETag();
        var client = await As(userName);

        var response = await client.SendJsonAsync(
            HttpMethod.Post, $"/api/v1/deputies/{World.A.Deputies[2].Id}/terminate", new { terminatedOn = "2024-05-01", reason = "辞职" }, etag);

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }
}
