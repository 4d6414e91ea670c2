using System.Net;
using DeputyPortal.Api.FunctionalTests.Support;
using static DeputyPortal.Api.FunctionalTests.Meetings.Presidium;

namespace DeputyPortal.Api.FunctionalTests.Meetings;

/// <summary>
/// Who may do what with township A's presidium meetings (DESIGN §1): its secretary and presidium members record
/// and revise them; county staff and administrators read them; deputies and handling units do not; the other
/// township's accounts find nothing; nobody anonymous gets in.
/// </summary>
public sealed class PresidiumMeetingAccessTests(PortalFactory portal) : PortalTest(portal)
{
    public static TheoryData<string, HttpStatusCode> Writers => new()
    {
        { "secretary.a", HttpStatusCode.Created },
        { "presidium.a", HttpStatusCode.Created },
        { "secretary.b", HttpStatusCode.NotFound },
        { "presidium.b", HttpStatusCode.NotFound },
        { "county", HttpStatusCode.Forbidden },
        { "admin", HttpStatusCode.Forbidden },
        { "deputy.a", HttpStatusCode.Forbidden },
        { "unit.a", HttpStatusCode.Forbidden },
    };

    public static TheoryData<string, HttpStatusCode> Readers => new()
    {
        { "secretary.a", HttpStatusCode.OK },
        { "presidium.a", HttpStatusCode.OK },
        { "county", HttpStatusCode.OK },
        { "admin", HttpStatusCode.OK },
        { "secretary.b", HttpStatusCode.NotFound },
        { "presidium.b", HttpStatusCode.NotFound },
        { "deputy.a", HttpStatusCode.Forbidden },
        { "unit.a", HttpStatusCode.Forbidden },
    };

    private static readonly string[] Everyone = ["secretary.a", "presidium.a", "secretary.b", "presidium.b", "county", "admin", "deputy.a", "unit.a"];

    private async Task<(IReadOnlyList<Guid> Members, string Url, string ETag)> MeetingAAsync()
    {
        var secretary = await As("secretary.a");
        var members = await OfSizeAsync(secretary, World.A, 3);
        var (meeting, etag) = await RecordOkAsync(secretary, Meeting(World.A.Term.Id, members));
        return (members, $"{MeetingsUrl}/{meeting.GetProperty("id").GetGuid()}", etag);
    }

    private async Task<int> CountAsync() =>
        (await (await (await As("county")).GetAsync(MeetingsUrl)).JsonAsync()).GetProperty("totalCount").GetInt32();

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Record_InTownshipA_ByRole(string userName, HttpStatusCode expected)
    {
        var members = await OfSizeAsync(await As("secretary.a"), World.A, 3);

        var response = await RecordAsync(await As(userName), Meeting(World.A.Term.Id, members));

        await response.ShouldBe(expected);
        Assert.Equal(expected == HttpStatusCode.Created ? 1 : 0, await CountAsync());
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Revise_TownshipAsMeeting_ByRole(string userName, HttpStatusCode expected)
    {
        var (members, url, etag) = await MeetingAAsync();

        var response = await (await As(userName)).SendJsonAsync(HttpMethod.Put, url, Meeting(World.A.Term.Id, members.Take(1)), etag);

        await response.ShouldBe(expected == HttpStatusCode.Created ? HttpStatusCode.OK : expected);
        var presentCount = (await (await (await As("county")).GetAsync(url)).JsonAsync()).GetProperty("presentCount").GetInt32();
        Assert.Equal(expected == HttpStatusCode.Created ? 1 : 3, presentCount);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Get_TownshipAsMeeting_ByRole(string userName, HttpStatusCode expected)
    {
        var (_, url, _) = await MeetingAAsync();

        var response = await (await As(userName)).GetAsync(url);

        await response.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task List_ByRole_ShowsOnlyWhatTheRoleMayRead(string userName, HttpStatusCode expected)
    {
        await MeetingAAsync();

        var response = await (await As(userName)).GetAsync(MeetingsUrl);

        if (expected == HttpStatusCode.Forbidden)
        {
            await response.ShouldBe(HttpStatusCode.Forbidden);
            return;
        }

        await response.ShouldBe(HttpStatusCode.OK);
        var seen = (await response.JsonAsync()).GetProperty("totalCount").GetInt32();
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, seen);
    }

    [Fact]
    public async Task EveryEndpoint_Anonymous_IsUnauthorized()
    {
        var (members, url, etag) = await MeetingAAsync();
        using var anonymous = Portal.CreateClient();

        await (await anonymous.GetAsync(MeetingsUrl)).ShouldBe(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync(url)).ShouldBe(HttpStatusCode.Unauthorized);
        await (await RecordAsync(anonymous, Meeting(World.A.Term.Id, members))).ShouldBe(HttpStatusCode.Unauthorized);
        await (await anonymous.SendJsonAsync(HttpMethod.Put, url, Meeting(World.A.Term.Id, members), etag)).ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Everyone_OfTownshipB_FindsNothingOfTownshipA()
    {
        var (_, url, _) = await MeetingAAsync();
        var listA = $"{MeetingsUrl}?townshipId={World.A.Township.Id}";

        foreach (var userName in Everyone.Where(u => u.EndsWith(".b", StringComparison.Ordinal)))
        {
            var client = await As(userName);
            await (await client.GetAsync(url)).ShouldBe(HttpStatusCode.NotFound);
            Assert.Equal(0, (await (await client.GetAsync(listA)).JsonAsync()).GetProperty("totalCount").GetInt32());
        }
    }
}
