using BenchmarkDotNet.Attributes;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.HandlingUnits;
using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Infrastructure.Calendar;

namespace DeputyPortal.Benchmarks.Micro;

/// <summary>In-process pieces on hot paths: working-day arithmetic, masking, mapping.</summary>
[MemoryDiagnoser]
public class DomainBenchmarks
{
    private WorkingDayCalendar _calendar = null!;
    private HandlingUnit _unit = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = new WorkingDayCalendar(OfficialHolidaySchedules.ByYear.Values.SelectMany(days => days));
        _unit = HandlingUnit.Register(Guid.CreateVersion7(), "农业农村办", HandlingUnitKind.TownshipOffice, "王主任");
    }

    /// <summary>The 20-working-day evaluation window, starting just before the 2026 Spring Festival.</summary>
    [Benchmark]
    public DateOnly EvaluationWindowAcrossSpringFestival() => _calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 20);

    [Benchmark]
    public string? MaskPhone() => PersonalData.MaskPhone("13812345678");

    [Benchmark]
    public HandlingUnitDto MapHandlingUnitToDto() => _unit.ToDto();
}
