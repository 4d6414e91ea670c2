using DeputyPortal.Domain.Calendar;

namespace DeputyPortal.Application.Calendar;

/// <summary>One day that differs from the plain Monday–Friday week: a holiday (放假) or a weekend day worked (调休上班).</summary>
public sealed record CalendarDayDto(DateOnly Date, CalendarDayKind Kind, string Holiday);

/// <summary>The exceptional days of one year, in date order; an empty list means no schedule is on file for the year.</summary>
public sealed record CalendarYearDto(int Year, IReadOnlyList<CalendarDayDto> Days);
