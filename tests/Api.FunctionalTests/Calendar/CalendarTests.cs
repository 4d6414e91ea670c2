using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Calendar;

/// <summary>
/// The working-day calendar. The shipped 2026 schedule is reference data kept across tests, so tests that replace a
/// year use 2031, a year no shipped schedule and no other test reads.
/// </summary>
public sealed class CalendarTests(PortalFactory portal) : PortalTest(portal)
{
    private const int ScratchYear = 2031;

    private static object Day(string date, string kind, string holiday = "元旦") => new { date, kind, holiday };

    private static List<(string Date, string Kind, string Holiday)> Days(JsonElement year) =>
        year.GetProperty("days").EnumerateArray()
            .Select(d => (d.GetProperty("date").GetString()!, d.GetProperty("kind").GetString()!, d.GetProperty("holiday").GetString()!))
            .ToList();

    private async Task<HttpResponseMessage> ReplaceAsync(int year, params object[] days)
    {
        var admin = await As("admin");
        return await admin.PutAsJsonAsync($"/api/v1/admin/calendar/{year}", new { days });
    }

    private async Task<List<(string Date, string Kind, string Holiday)>> ReadAsync(int year)
    {
        var deputy = await As("deputy.a");
        var response = await deputy.GetAsync($"/api/v1/calendar?year={year}");
        await response.ShouldBe(HttpStatusCode.OK);
        return Days(await response.JsonAsync());
    }

    private async Task<JsonElement> WorkingDaysAsync(string from, int count)
    {
        var deputy = await As("deputy.a");
        var response = await deputy.GetAsync($"/api/v1/calendar/working-days?from={from}&count={count}");
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Get_2026_ListsTheOfficialSpringFestivalDaysForAnySignedInUser()
    {
        var days = await ReadAsync(2026);

        // 国办发明电〔2025〕7号: 元旦 3+1, 春节 9+2, 清明 3, 劳动节 5+1, 端午 3, 中秋 3, 国庆 7+2 days.
        Assert.Equal(39, days.Count);
        var springFestival = days.Where(d => d.Holiday == "春节").ToList();
        Assert.Equal(
            Enumerable.Range(15, 9).Select(day => $"2026-02-{day:D2}"),
            springFestival.Where(d => d.Kind == "Holiday").Select(d => d.Date));
        Assert.Equal(["2026-02-14", "2026-02-28"], springFestival.Where(d => d.Kind == "AdjustedWorkday").Select(d => d.Date));
        Assert.Equal(days.Select(d => d.Date).Order(StringComparer.Ordinal), days.Select(d => d.Date));
    }

    [Fact]
    public async Task Get_YearWithoutSchedule_IsEmpty()
    {
        Assert.Empty(await ReadAsync(2099));
    }

    [Fact]
    public async Task Get_WithYearOutOfRange_IsRefusedNamingTheField()
    {
        var client = await As("county");

        var response = await client.GetAsync("/api/v1/calendar?year=1900");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.StartsWith("year:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorkingDays_TwentyAfterTheTuesdayBeforeSpringFestival_SkipsTheHolidayAndCountsTheAdjustedSaturdays()
    {
        // From Tuesday 2026-02-10, counted by hand:
        //  1–3  Wed 11, Thu 12, Fri 13 Feb
        //  4    Sat 14 Feb (调休上班)
        //  -    Sun 15 – Mon 23 Feb: 春节 holiday, nine days off
        //  5–8  Tue 24, Wed 25, Thu 26, Fri 27 Feb
        //  9    Sat 28 Feb (调休上班)
        //  10–14 Mon 2 – Fri 6 Mar
        //  15–19 Mon 9 – Fri 13 Mar
        //  20   Mon 16 Mar
        // A plain Monday–Friday count would end on Tue 10 Mar instead.
        var answer = await WorkingDaysAsync("2026-02-10", 20);

        Assert.Equal("2026-03-16", answer.GetProperty("date").GetString());
        Assert.Equal("2026-02-10", answer.GetProperty("from").GetString());
        Assert.Equal(20, answer.GetProperty("count").GetInt32());
        Assert.Empty(answer.GetProperty("yearsWithoutCalendar").EnumerateArray());
    }

    [Theory]
    [InlineData("2026-02-13", 1, "2026-02-14")] // Fri → the adjusted Saturday is the next working day
    [InlineData("2026-02-14", 1, "2026-02-24")] // Sat (worked) → Sun 15 – Mon 23 are all off
    [InlineData("2026-02-27", 1, "2026-02-28")] // Fri → the second adjusted Saturday
    [InlineData("2026-02-10", 0, "2026-02-10")] // no working days: the start itself
    [InlineData("2026-09-30", 1, "2026-10-08")] // Wed → 国庆 1–7 Oct off, Thu 8 Oct
    [InlineData("2026-09-30", 3, "2026-10-10")] // Thu 8, Fri 9, Sat 10 Oct (调休上班)
    public async Task WorkingDays_AroundHolidays_FollowTheOfficialSchedule(string from, int count, string expected)
    {
        var answer = await WorkingDaysAsync(from, count);

        Assert.Equal(expected, answer.GetProperty("date").GetString());
    }

    [Fact]
    public async Task WorkingDays_RunningIntoAYearWithoutSchedule_SaysSo()
    {
        // Sun 2026-12-20: Mon 21 – Fri 25 (5), Mon 28 – Thu 31 (9), then Fri 2027-01-01 counts as the 10th because
        // no 2027 schedule is on file yet (元旦 would normally be off), and the answer says so.
        var answer = await WorkingDaysAsync("2026-12-20", 10);

        Assert.Equal("2027-01-01", answer.GetProperty("date").GetString());
        Assert.Equal([2027], answer.GetProperty("yearsWithoutCalendar").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Theory]
    [InlineData("from=2026-02-10&count=-1", "count")]
    [InlineData("from=2026-02-10&count=501", "count")]
    public async Task WorkingDays_WithBadCount_IsRefusedNamingTheField(string queryString, string field)
    {
        var client = await As("deputy.a");

        var response = await client.GetAsync($"/api/v1/calendar/working-days?{queryString}");

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(await response.FieldRulesAsync(), r => r.StartsWith(field + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replace_AsAdmin_ReplacesTheWholeYear()
    {
        await (await ReplaceAsync(ScratchYear, Day("2031-01-01", "Holiday"), Day("2031-01-04", "AdjustedWorkday"), Day("2031-05-01", "Holiday", "劳动节")))
            .ShouldBe(HttpStatusCode.OK);

        var response = await ReplaceAsync(ScratchYear, Day("2031-01-01", "Holiday", "新年"), Day("2031-01-05", "AdjustedWorkday"));

        await response.ShouldBe(HttpStatusCode.OK);
        var expected = new[] { ("2031-01-01", "Holiday", "新年"), ("2031-01-05", "AdjustedWorkday", "元旦") };
        Assert.Equal(expected, Days(await response.JsonAsync()));
        Assert.Equal(expected, await ReadAsync(ScratchYear));
    }

    [Fact]
    public async Task Replace_ChangesHowWorkingDaysAreCounted()
    {
        // Tue 2030-12-31 + 1 working day: Wed 2031-01-01 while it is an ordinary day, Thu 2 Jan once it is a holiday.
        await (await ReplaceAsync(ScratchYear, Day("2031-01-04", "AdjustedWorkday"))).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("2031-01-01", (await WorkingDaysAsync("2030-12-31", 1)).GetProperty("date").GetString());

        await (await ReplaceAsync(ScratchYear, Day("2031-01-01", "Holiday"))).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("2031-01-02", (await WorkingDaysAsync("2030-12-31", 1)).GetProperty("date").GetString());
    }

    [Fact]
    public async Task Replace_WithDayOutsideTheYear_IsRefusedNamingTheEntryAndChangesNothing()
    {
        await (await ReplaceAsync(ScratchYear, Day("2031-01-01", "Holiday"))).ShouldBe(HttpStatusCode.OK);

        var response = await ReplaceAsync(ScratchYear, Day("2031-01-02", "Holiday"), Day("2032-01-01", "Holiday"));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["days[1].date:DateInYear"], await response.FieldRulesAsync());
        Assert.Equal([("2031-01-01", "Holiday", "元旦")], await ReadAsync(ScratchYear));
    }

    [Fact]
    public async Task Replace_WithWeekdayAsAdjustedWorkday_IsRefusedByTheDomainRuleAndChangesNothing()
    {
        await (await ReplaceAsync(ScratchYear, Day("2031-01-01", "Holiday"))).ShouldBe(HttpStatusCode.OK);

        // 2031-02-03 is a Monday: only a weekend day can be worked instead of a holiday.
        var response = await ReplaceAsync(ScratchYear, Day("2031-02-01", "AdjustedWorkday", "春节"), Day("2031-02-03", "AdjustedWorkday", "春节"));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("AdjustedWorkdayIsWeekend", (await response.JsonAsync()).GetProperty("rule").GetString());
        Assert.Equal(["days[1].date:AdjustedWorkdayIsWeekend"], await response.FieldRulesAsync());
        Assert.Equal([("2031-01-01", "Holiday", "元旦")], await ReadAsync(ScratchYear));
    }

    [Fact]
    public async Task Replace_WithDuplicateDate_IsRefusedNamingTheSecondEntry()
    {
        var response = await ReplaceAsync(ScratchYear, Day("2031-01-01", "Holiday"), Day("2031-01-02", "Holiday"), Day("2031-01-01", "Holiday"));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["days[2].date:DateIsUnique"], await response.FieldRulesAsync());
    }

    [Fact]
    public async Task Replace_WithEmptyHolidayName_IsRefusedNamingTheField()
    {
        var response = await ReplaceAsync(ScratchYear, Day("2031-01-01", "Holiday", ""));

        await response.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("days[0].holiday:Required", await response.FieldRulesAsync());
    }

    [Theory]
    [InlineData("county")]
    [InlineData("secretary.a")]
    [InlineData("presidium.a")]
    [InlineData("deputy.a")]
    [InlineData("unit.a")]
    public async Task Replace_ByAnyoneButAdmin_IsForbidden(string userName)
    {
        var client = await As(userName);

        var response = await client.PutAsJsonAsync($"/api/v1/admin/calendar/{ScratchYear}", new { days = new[] { Day("2031-01-01", "Holiday") } });

        await response.ShouldBe(HttpStatusCode.Forbidden);
    }
}
