using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeputyPortal.Api.FunctionalTests.Notifications;

/// <summary>
/// A group robot stand-in for one test: Kestrel on a free loopback port, keeping every POST (path with query, JSON
/// body) and answering as a robot does (<c>{"errcode":0}</c>), or with <see cref="Status"/> when a test makes it fail.
/// </summary>
public sealed class LocalWebhook : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalWebhook(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<Received> Posts { get; } = new();

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public static async Task<LocalWebhook> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        LocalWebhook? self = null;
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            self!.Posts.Enqueue(new Received(http.Request.Path + http.Request.QueryString, http.Request.ContentType, JsonDocument.Parse(body).RootElement.Clone()));
            return self.Status == HttpStatusCode.OK
                ? Results.Json(new { errcode = 0, errmsg = "ok" })
                : Results.StatusCode((int)self.Status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new LocalWebhook(app, address);
        return self;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record Received(string PathAndQuery, string? ContentType, JsonElement Body);
}
