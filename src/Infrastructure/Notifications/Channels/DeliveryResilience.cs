using System.Net.Sockets;
using DeputyPortal.Application.Notifications.Delivery;
using MailKit.Security;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace DeputyPortal.Infrastructure.Notifications.Channels;

/// <summary>
/// One attempt of a channel: each try bounded by Notifications:Delivery:AttemptTimeout, a failed try repeated
/// RetryCount times with a doubling wait (Polly, on the application's clock). What still fails is turned into a
/// <see cref="DeliveryFailedException"/> whose message is built here from the failure's kind and code only, never from
/// an exception's text (which can quote a URL with its key, an address or a server's reply).
/// </summary>
internal static class DeliveryResilience
{
    public static ResiliencePipeline Pipeline(NotificationDeliveryOptions options, TimeProvider clock)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = clock };
        if (options.RetryCount > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.RetryCount,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    public static async Task RunAsync(ResiliencePipeline pipeline, Func<CancellationToken, ValueTask> send, CancellationToken ct)
    {
        try
        {
            await pipeline.ExecuteAsync(send, ct);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new DeliveryFailedException(Describe(failure));
        }
    }

    private static string Describe(Exception failure) => failure switch
    {
        DeliveryFailedException known => known.Message,
        TimeoutRejectedException => "发送超时。",
        HttpRequestException http when http.StatusCode is { } code => $"HTTP {(int)code}。",
        HttpRequestException http => $"网络错误（{http.HttpRequestError}）。",
        SocketException socket => $"网络错误（{socket.SocketErrorCode}）。",
        MailKit.Net.Smtp.SmtpCommandException smtp => $"SMTP 服务器拒绝（{(int)smtp.StatusCode} {smtp.ErrorCode}）。",
        AuthenticationException => "SMTP 认证失败。",
        SslHandshakeException => "TLS 握手失败。",
        MailKit.Net.Smtp.SmtpProtocolException => "SMTP 协议错误。",
        MimeKit.ParseException => "邮箱地址格式无效。",
        _ => $"发送出错（{failure.GetType().Name}）。",
    };
}
