using DeputyPortal.Application.Calendar.Get;
using DeputyPortal.Application.Calendar.Replace;
using DeputyPortal.Application.Calendar.WorkingDays;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

/// <summary>The body of PUT /api/v1/admin/calendar/{year}: the year's complete list of exceptional days.</summary>
public sealed record CalendarYearBody(IReadOnlyList<CalendarDayInput>? Days = null);

public sealed class CalendarEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("工作日历 Calendar");

        calendar.MapGet("/", async (int year, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetCalendar(year), ct)));

        calendar.MapGet("/working-days", async ([AsParameters] AddWorkingDays query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        api.MapPut("/admin/calendar/{year:int}", async (int year, CalendarYearBody body, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new ReplaceCalendarYear(year, body.Days!), ct)))
            .WithTags("系统管理 Admin");
    }
}
