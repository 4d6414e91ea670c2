namespace DeputyPortal.Application.Calendar;

/// <summary>The years the working-day calendar accepts: far enough for old records and for terms not yet elected.</summary>
public static class CalendarYears
{
    public const int First = 2000;
    public const int Last = 2100;
}
