using DeputyPortal.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DeputyPortal.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host; the tool acts as the system.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("ConnectionStrings__DeputyPortal") ?? "Host=127.0.0.1;Database=deputyportal_design")
            .UseSnakeCaseNamingConvention()
            .Options;
        return new AppDbContext(options, SystemUser.Instance);
    }
}
