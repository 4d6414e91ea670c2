using DeputyPortal.Application.Notifications.Delivery;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Polly;

namespace DeputyPortal.Infrastructure.Notifications.Channels;

/// <summary>
/// 邮件提醒: the reminder as a plain-text e-mail to its recipient's account address, over SMTP with MailKit (TLS unless
/// Notifications:Email:UseTls is false; signed in when a user name is set). No protocol log is kept.
/// </summary>
public sealed class EmailChannel(
    IOptions<NotificationChannelOptions> channels, IOptions<NotificationDeliveryOptions> delivery, TimeProvider clock) : INotificationChannel
{
    private readonly ResiliencePipeline _pipeline = DeliveryResilience.Pipeline(delivery.Value, clock);

    public NotificationChannel Channel => NotificationChannel.Email;

    public Task SendAsync(DeliveryMessage message, CancellationToken ct)
    {
        var options = channels.Value;
        if (!options.EmailEnabled)
        {
            throw new DeliveryFailedException("邮件渠道未配置。");
        }

        if (string.IsNullOrWhiteSpace(message.Email))
        {
            throw new DeliveryFailedException("收件人账号没有电子邮箱。");
        }

        return DeliveryResilience.RunAsync(_pipeline, async t => await SendOnceAsync(options, Compose(options, message), t), ct);
    }

    public static MimeMessage Compose(NotificationChannelOptions options, DeliveryMessage message)
    {
        var link = options.AbsoluteLink(message.Link);
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(options.Email.From!));
        mail.To.Add(MailboxAddress.Parse(message.Email!));
        mail.Subject = $"【{message.Kind.Label()}】{message.Title}";
        mail.Body = new TextPart("plain")
        {
            Text = $"""
                {message.Body}

                {(link is null ? $"请登录县人大代表履职平台查看：{message.Link}" : $"查看详情：{link}")}

                此邮件由县人大代表履职平台自动发送，请勿回复。
                """,
        };
        return mail;
    }

    private async Task SendOnceAsync(NotificationChannelOptions options, MimeMessage mail, CancellationToken ct)
    {
        var email = options.Email;
        using var client = new SmtpClient { Timeout = (int)delivery.Value.AttemptTimeout.TotalMilliseconds };
        var security = !email.UseTls ? SecureSocketOptions.None
            : email.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(email.Host!, email.Port, security, ct);
        if (!string.IsNullOrEmpty(email.UserName))
        {
            await client.AuthenticateAsync(email.UserName, email.Password ?? string.Empty, ct);
        }

        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
    }
}
