using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Compliance;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Sessions;

/// <summary>A session's attendance reads back as recorded, under the ETag a change must send, and only within the township.</summary>
public sealed class SessionAttendanceTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task Attendance_ReadsBackAsRecorded_WithTheETagOfTheChange_AndIsHiddenFromOtherTownships()
    {
        var a = World.A;
        var d = a.Deputies;
        var secretary = await As("secretary.a");
        var sessionId = await new ComplianceHistory(Portal).SessionAsync(a, 2, new(2026, 3, 20), new(2026, 3, 21));
        var route = $"/api/v1/sessions/{sessionId}/attendance";

        var empty = await secretary.GetAsync(route);
        await empty.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(0, (await empty.JsonAsync()).GetProperty("attendance").GetArrayLength());

        var put = await secretary.SendJsonAsync(HttpMethod.Put, route, new
        {
            attendance = new object[]
            {
                new { deputyId = d[0].Id, attendance = "Present" },
                new { deputyId = d[1].Id, attendance = "OnLeave", leaveReason = "住院" },
            },
        }, empty.ETag());
        await put.ShouldBe(HttpStatusCode.OK);

        var read = await (await As("presidium.a")).GetAsync(route);
        await read.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(put.ETag(), read.ETag());
        var entries = (await read.JsonAsync()).GetProperty("attendance").EnumerateArray()
            .ToDictionary(e => e.GetProperty("deputyId").GetGuid());
        Assert.Equal(2, entries.Count);
        Assert.Equal("Present", entries[d[0].Id].GetProperty("attendance").GetString());
        Assert.Equal("OnLeave", entries[d[1].Id].GetProperty("attendance").GetString());
        Assert.Equal("住院", entries[d[1].Id].GetProperty("leaveReason").GetString());

        await (await (await As("secretary.b")).GetAsync(route)).ShouldBe(HttpStatusCode.NotFound);
    }
}
