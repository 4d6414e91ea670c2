namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>Loads the demo county (茶亭镇, 昂素镇, 芝山镇) once, into an empty database.</summary>
public sealed class DemoDataSeeder
{
    public Task SeedOnceAsync(CancellationToken ct) => throw new NotImplementedException("demo data is being written");
}
