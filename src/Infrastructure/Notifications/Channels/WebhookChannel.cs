using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using DeputyPortal.Application.Notifications.Delivery;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Notifications;
using Microsoft.Extensions.Options;
using Polly;

namespace DeputyPortal.Infrastructure.Notifications.Channels;

/// <summary>
/// 群机器人提醒: one markdown message per reminder to the township's group robot, in the JSON 企业微信 or 钉钉 accepts.
/// A group is no place for personal data: the text is the reminder's (names of items, units, deadlines), with any
/// phone or ID number masked all the same. The robot's URL carries its key, so it is never logged (the HTTP client's
/// logging is removed) and never quoted in an error. A robot answers 200 with <c>errcode</c> ≠ 0 when it refuses.
/// </summary>
public sealed partial class WebhookChannel(
    IHttpClientFactory http, IOptions<NotificationChannelOptions> channels, IOptions<NotificationDeliveryOptions> delivery, TimeProvider clock)
    : INotificationChannel
{
    public const string HttpClientName = "notification-webhooks";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly ResiliencePipeline _pipeline = DeliveryResilience.Pipeline(delivery.Value, clock);

    public NotificationChannel Channel => NotificationChannel.Webhook;

    public Task SendAsync(DeliveryMessage message, CancellationToken ct)
    {
        var options = channels.Value;
        if (!options.Webhooks.TryGetValue(message.Target, out var robot) || string.IsNullOrWhiteSpace(robot.Url))
        {
            throw new DeliveryFailedException("该乡镇的群机器人未配置。");
        }

        var body = JsonSerializer.Serialize(Payload(robot.Format, message, options.AbsoluteLink(message.Link)), Json);
        return DeliveryResilience.RunAsync(_pipeline, async t => await PostOnceAsync(robot, body, t), ct);
    }

    /// <summary>The robot's JSON: <c>{"msgtype":"markdown","markdown":{…}}</c>, content for 企业微信, title and text for 钉钉.</summary>
    public static JsonObject Payload(WebhookFormat format, DeliveryMessage message, string? link)
    {
        var title = Scrub($"【{message.Kind.Label()}】{message.Title}");
        var more = link is null ? $"请登录县人大代表履职平台查看（{message.Link}）" : $"[查看详情]({link})";
        var text = $"**{title}**\n\n{Scrub(message.Body)}\n\n{more}";
        var markdown = format == WebhookFormat.DingTalk
            ? new JsonObject { ["title"] = title, ["text"] = text }
            : new JsonObject { ["content"] = text };
        return new JsonObject { ["msgtype"] = "markdown", ["markdown"] = markdown };
    }

    /// <summary>Masks what looks like a mobile, landline or resident ID number.</summary>
    public static string Scrub(string text) => PersonalNumber().Replace(text, "***");

    private async Task PostOnceAsync(WebhookChannelOptions robot, string body, CancellationToken ct)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.CreateClient(HttpClientName).PostAsync(SignedUrl(robot), content, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new DeliveryFailedException($"HTTP {(int)response.StatusCode}。");
        }

        var answer = await response.Content.ReadAsStringAsync(ct);
        if (ErrorCodeOf(answer) is { } code && code != 0)
        {
            throw new DeliveryFailedException($"群机器人拒收（errcode {code}）。");
        }
    }

    /// <summary>钉钉加签: timestamp and HMAC-SHA256 of "timestamp\nsecret", appended to the URL.</summary>
    private Uri SignedUrl(WebhookChannelOptions robot)
    {
        if (robot.Format != WebhookFormat.DingTalk || string.IsNullOrEmpty(robot.Secret))
        {
            return new Uri(robot.Url!);
        }

        var timestamp = clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var sign = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(robot.Secret), Encoding.UTF8.GetBytes($"{timestamp}\n{robot.Secret}")));
        var separator = robot.Url!.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return new Uri($"{robot.Url}{separator}timestamp={timestamp}&sign={Uri.EscapeDataString(sign)}");
    }

    private static long? ErrorCodeOf(string answer)
    {
        try
        {
            return JsonNode.Parse(answer) is JsonObject o && o["errcode"] is JsonValue v && v.TryGetValue<long>(out var code) ? code : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\d{17}[0-9Xx]|\d{15}|1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?![0-9A-Za-z])")]
    private static partial Regex PersonalNumber();
}
