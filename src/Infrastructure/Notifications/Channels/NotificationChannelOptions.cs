namespace DeputyPortal.Infrastructure.Notifications.Channels;

/// <summary>
/// Notifications: the channels beyond the inbox, each off until configured (docs/reminders.md, "Channels").
/// <c>Email:Password</c>, <c>Webhooks:{code}:Url</c> and <c>:Secret</c> are secrets: keep them in environment
/// variables or a secret store, never in a committed file; nothing logs them.
/// </summary>
public sealed class NotificationChannelOptions
{
    public const string Section = "Notifications";

    /// <summary>The portal's public address (https://…), so a message links to the item; without it, the path is named.</summary>
    public string? PortalBaseUrl { get; set; }

    public EmailChannelOptions Email { get; set; } = new();

    /// <summary>A group robot per township, keyed by the township's 12-digit code.</summary>
    public Dictionary<string, WebhookChannelOptions> Webhooks { get; set; } = new(StringComparer.Ordinal);

    public bool EmailEnabled => !string.IsNullOrWhiteSpace(Email.Host) && !string.IsNullOrWhiteSpace(Email.From);

    public string[] WebhookTownshipCodes() =>
        [.. Webhooks.Where(w => !string.IsNullOrWhiteSpace(w.Value.Url)).Select(w => w.Key).Order(StringComparer.Ordinal)];

    public string? AbsoluteLink(string path) =>
        string.IsNullOrWhiteSpace(PortalBaseUrl) ? null : PortalBaseUrl.TrimEnd('/') + path;
}

public sealed class EmailChannelOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The sender, e.g. <c>县人大代表履职平台 &lt;noreply@example.gov.cn&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>TLS: on connect at port 465, STARTTLS elsewhere; false only for a relay on a trusted network.</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

public sealed class WebhookChannelOptions
{
    /// <summary>The robot's address with its key (a secret).</summary>
    public string? Url { get; set; }

    public WebhookFormat Format { get; set; } = WebhookFormat.WeChatWork;

    /// <summary>DingTalk's 加签 secret, when the robot's security setting uses one (a secret).</summary>
    public string? Secret { get; set; }
}

/// <summary>The JSON a group robot accepts: 企业微信 (WeChat Work) or 钉钉 (DingTalk), both as markdown.</summary>
public enum WebhookFormat
{
    WeChatWork,
    DingTalk,
}
