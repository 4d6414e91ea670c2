using System.Text.Encodings.Web;
using System.Text.Unicode;
using DeputyPortal.Api;
using DeputyPortal.Api.Endpoints;
using DeputyPortal.Api.Http;
using DeputyPortal.Api.OData;
using DeputyPortal.Api.Portal;
using DeputyPortal.Api.Security;
using DeputyPortal.Application;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Infrastructure;
using DeputyPortal.Infrastructure.DemoData;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Scheduling;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddLogRedaction();
builder.Services.AddClock(builder.Configuration, builder.Environment);
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddPortalAuthentication(builder.Configuration);
builder.Services.AddFeed(builder.Configuration);
builder.Services.AddScoped<AccountSignIn>();
builder.Services.AddApiJson();
builder.Services.AddPersonalDataSerialization();
builder.Services.AddSingleton<RequestFingerprint>();
builder.Services.AddReverseProxySupport(builder.Configuration);
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.AddOpenApi("v1");
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddPortal();

var app = builder.Build();

// Start-up runs outside any request, so it says who it is: the system (outside a request there is otherwise nobody).
await using (var scope = app.Services.GetRequiredService<ISystemScopes>().Begin())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    if (app.Configuration.GetValue("Demo:Enabled", false))
    {
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedOnceAsync(CancellationToken.None);

        // The demo's inboxes hold what the daily reminder sweeps would have sent by today (each sweep is idempotent).
        var sender = scope.ServiceProvider.GetRequiredService<Mediator.ISender>();
        foreach (var reminders in ScheduledRequests.All.Where(r => r.Key.Group == ScheduledRequests.RemindersGroup))
        {
            await reminders.Send(sender, CancellationToken.None);
        }
    }
}

app.UseForwardedHeaders();
app.UsePortalSecurityHeaders();
app.UseExceptionHandler();
app.UsePortalStatusCodePages();
app.UseMiddleware<RequestTextGuard>();
app.UseFeedOffsetLiterals();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready").AllowAnonymous();
app.MapGroup("/api/v1").RequireAuthorization(AuthenticationSetup.ApiPolicy).AddEndpointFilter<BodyInputFilter>().MapEndpointGroups();
app.MapControllers();
app.MapRazorPages();

await app.RunAsync();

/// <summary>Entry point; public so functional tests can host the real application.</summary>
public partial class Program;
