using System.Net;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Notifications.Delivery;
using DeputyPortal.Application.Notifications.Sending;
using DeputyPortal.Application.Notifications.Sweeps;
using DeputyPortal.Domain.Notifications;
using DeputyPortal.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeputyPortal.Api.FunctionalTests.Notifications;

/// <summary>
/// The channels beyond the inbox, against an SMTP server and a group robot started by each test, on the frozen date
/// 2026-06-15: an e-mail per recipient with an address, in Chinese; one robot message per reminder and township, in
/// 企业微信's format for A and 钉钉's (signed) for B; a failing robot retried and failed for good while the inbox and
/// the e-mail are untouched; two dispatchers at once sending each once; only administrators reading the deliveries;
/// no robot key, secret or address in the logs. The channels are configured on a second host of the same
/// application and database (its scheduler off, so only the test dispatches).
/// </summary>
public sealed class NotificationChannelsTests(PortalFactory portal) : PortalTest(portal)
{
    private const string RobotKeyA = "robot-key-a-0f3c9e";
    private const string DingTalkSecretB = "SECdingtalk-secret-b-77aa";
    private const string Deliveries = "/api/v1/admin/notification-deliveries";

    private ProposalHistory History => new(Portal);

    [Fact]
    public async Task Email_ReachesEachRecipientWithAnAddress_InChinese_Once()
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var robot = await LocalWebhook.StartAsync();
        await using var host = ChannelHost(smtp, robot);
        await GiveEmailAsync("secretary.a", "secretary.a@town.test");
        await GiveEmailAsync("unit.a", "unit.a@town.test");
        var id = await History.AssignedOnAsync(new(2026, 3, 30)); // due 2026-06-30: 15 days left

        Assert.Equal(2, await SweepAsync(host));
        Assert.Equal(3, await DispatchAsync(host)); // two e-mails, one robot message

        Assert.Equal(["secretary.a@town.test", "unit.a@town.test"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        var mail = smtp.Messages.Single(m => m.To.Mailboxes.Single().Address == "secretary.a@town.test");
        Assert.Equal("noreply@county.test", mail.From.Mailboxes.Single().Address);
        Assert.Equal("县人大代表履职平台", mail.From.Mailboxes.Single().Name);
        var inbox = await (await As("secretary.a")).GetAsync("/api/v1/me/notifications");
        var title = (await inbox.JsonAsync()).GetProperty("items")[0].GetProperty("title").GetString();
        Assert.Equal($"【建议即将到期】{title}", mail.Subject);
        Assert.EndsWith("还有15天到期", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("办理期限为2026年6月30日，还有15天", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"查看详情：https://portal.county.test/proposals/{id}", mail.TextBody, StringComparison.Ordinal);

        Assert.Equal(0, await DispatchAsync(host));
        Assert.Equal(0, await SweepAsync(host));
        Assert.Equal(2, smtp.Messages.Count);
        var rows = await DeliveriesAsync();
        Assert.All(rows, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.Equal(["secretary.a", "unit.a"], rows.Where(d => d.Channel == NotificationChannel.Email).Select(d => d.Target).Order());
    }

    [Fact]
    public async Task Robot_GetsOneMessagePerReminder_InItsTownshipsFormat_WithoutPersonalNumbers()
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var robot = await LocalWebhook.StartAsync();
        await using var host = ChannelHost(smtp, robot);
        await History.AssignedOnAsync(new(2026, 3, 30)); // due in 15 days: secretary.a and unit.a
        await History.AssignedOnAsync(new(2026, 3, 22)); // due in 7 days: secretary.a and unit.a
        await History.AssignedOnAsync(new(2026, 3, 30), town: World.B); // B: secretary.b and unit.b

        Assert.Equal(6, await SweepAsync(host));
        await StoreAsync(host, new NotificationDraft(
            NotificationKind.GroupWithoutActivity, World.A.Group.Id, World.A.Township.Id, "2026Q2", "代表小组本季度尚无活动",
            "请联系组长（电话13812345678，座机0791-86123456，身份证号36010219900101123X）安排活动。", $"/groups/{World.A.Group.Id}"),
            "secretary.a", "presidium.a");
        Assert.Equal(4, await DispatchAsync(host)); // no addresses: no e-mail; one robot message per reminder

        var posts = robot.Posts.ToList();
        Assert.Equal(4, posts.Count);
        var a = posts.Where(p => p.PathAndQuery == $"/cgi-bin/webhook/send?key={RobotKeyA}").ToList();
        Assert.Equal(3, a.Count);
        Assert.All(a, p =>
        {
            Assert.Equal("application/json; charset=utf-8", p.ContentType);
            Assert.Equal("markdown", p.Body.GetProperty("msgtype").GetString());
            Assert.Equal(["content"], p.Body.GetProperty("markdown").EnumerateObject().Select(o => o.Name));
        });
        var contents = a.Select(p => p.Body.GetProperty("markdown").GetProperty("content").GetString()!).ToList();
        Assert.Single(contents, c => c.Contains("还有15天到期", StringComparison.Ordinal));
        Assert.Single(contents, c => c.Contains("还有7天到期", StringComparison.Ordinal));
        var group = Assert.Single(contents, c => c.Contains("代表小组本季度尚无活动", StringComparison.Ordinal));
        Assert.Contains($"[查看详情](https://portal.county.test/groups/{World.A.Group.Id})", group, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", group, StringComparison.Ordinal);
        Assert.DoesNotContain("86123456", group, StringComparison.Ordinal);
        Assert.DoesNotContain("36010219900101123X", group, StringComparison.Ordinal);

        var b = Assert.Single(posts, p => p.PathAndQuery.StartsWith("/robot/send?access_token=token-b&timestamp=", StringComparison.Ordinal));
        Assert.Contains("&sign=", b.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("markdown", b.Body.GetProperty("msgtype").GetString());
        Assert.Contains("还有15天到期", b.Body.GetProperty("markdown").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("办理期限为2026年6月30日", b.Body.GetProperty("markdown").GetProperty("text").GetString(), StringComparison.Ordinal);

        Assert.Equal(0, await DispatchAsync(host));
        Assert.Equal(4, robot.Posts.Count);
        NothingSecretLogged();
    }

    [Fact]
    public async Task FailingRobot_IsRetried_AndEndsFailed_WhileTheInboxAndTheEmailAreIntact()
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var robot = await LocalWebhook.StartAsync();
        robot.Status = HttpStatusCode.InternalServerError;
        await using var host = ChannelHost(smtp, robot);
        await GiveEmailAsync("secretary.a", "secretary.a@town.test");
        await History.AssignedOnAsync(new(2026, 3, 30));
        await SweepAsync(host);

        Assert.Equal(1, await DispatchAsync(host)); // the e-mail goes; the robot fails its first attempt (a try and a quick retry)
        Assert.Single(smtp.Messages);
        Assert.Equal(2, robot.Posts.Count);
        var pending = Assert.Single(await DeliveriesAsync(), d => d.Channel == NotificationChannel.Webhook);
        Assert.Equal((DeliveryStatus.Pending, 1, "HTTP 500。"), (pending.Status, pending.Attempts, pending.LastError));

        Assert.Equal(0, await DispatchAsync(host));
        Assert.Equal(0, await DispatchAsync(host)); // the third and last attempt
        Assert.Equal(6, robot.Posts.Count);
        Assert.Equal(0, await DispatchAsync(host)); // failed for good: no more tries
        Assert.Equal(6, robot.Posts.Count);

        var failed = await (await As("admin")).GetAsync($"{Deliveries}?status=Failed");
        await failed.ShouldBe(HttpStatusCode.OK);
        var item = Assert.Single((await failed.JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("Webhook", item.GetProperty("channel").GetString());
        Assert.Equal(World.A.Township.Code, item.GetProperty("target").GetString());
        Assert.Equal(3, item.GetProperty("attempts").GetInt32());
        Assert.Equal("HTTP 500。", item.GetProperty("lastError").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("nextAttemptAt").ValueKind);
        Assert.Contains("还有15天到期", item.GetProperty("title").GetString(), StringComparison.Ordinal);

        var email = Assert.Single(await DeliveriesAsync(), d => d.Channel == NotificationChannel.Email);
        Assert.Equal((DeliveryStatus.Sent, 1), (email.Status, email.Attempts));
        var inbox = await (await As("secretary.a")).GetAsync("/api/v1/me/notifications");
        Assert.Equal(1, (await inbox.JsonAsync()).GetProperty("totalCount").GetInt32());
        Assert.Contains(Portal.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("will retry: HTTP 500", StringComparison.Ordinal));
        Assert.Contains(Portal.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("failed for good after 3 attempts", StringComparison.Ordinal));
        NothingSecretLogged();
    }

    [Fact]
    public async Task FailedAttempt_WaitsForItsBackoff_BeforeTheNextTry()
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var robot = await LocalWebhook.StartAsync();
        robot.Status = HttpStatusCode.BadGateway;
        await using var host = ChannelHost(smtp, robot, ("Notifications:Delivery:Backoff", "00:01:00,00:05:00"));
        await History.AssignedOnAsync(new(2026, 3, 30));
        await SweepAsync(host);

        await DispatchAsync(host);
        await DispatchAsync(host); // the clock has not moved: the minute of back-off has not passed

        Assert.Equal(2, robot.Posts.Count); // one attempt: a try and its quick retry
        var row = Assert.Single(await DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Pending, 1, TestWorld.Now.AddMinutes(1)), (row.Status, row.Attempts, row.NextAttemptAt));
    }

    [Fact]
    public async Task TwoInstancesDispatchingAtOnce_SendEachDeliveryOnce()
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var robot = await LocalWebhook.StartAsync();
        await using var one = ChannelHost(smtp, robot);
        await using var two = ChannelHost(smtp, robot);
        var drafts = Enumerable.Range(1, 30).Select(i => new NotificationDraft(
            NotificationKind.GroupWithoutActivity, Guid.CreateVersion7(), World.A.Township.Id, "2026Q2", $"第{i}个代表小组本季度尚无活动", "请安排活动。", "/groups")).ToList();
        foreach (var draft in drafts)
        {
            await StoreAsync(one, draft, "secretary.a");
        }

        var sent = await Task.WhenAll(DispatchAsync(one), DispatchAsync(two), DispatchAsync(one), DispatchAsync(two));

        Assert.Equal(30, sent.Sum());
        Assert.Equal(30, robot.Posts.Count);
        Assert.Equal(30, robot.Posts.Select(p => p.Body.GetProperty("markdown").GetProperty("content").GetString()).Distinct().Count());
        Assert.All(await DeliveriesAsync(), d => Assert.Equal((DeliveryStatus.Sent, 1), (d.Status, d.Attempts)));
    }

    [Fact]
    public async Task Deliveries_AreForAdministratorsOnly_AndChannelsOff_CreateNone()
    {
        await History.AssignedOnAsync(new(2026, 3, 30));
        await using (var scope = Portal.SystemScope())
        {
            Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepProposalDeadlines()));
        }

        Assert.Empty(await DeliveriesAsync()); // the application's own host configures no channel: the inbox only

        await (await (await As("admin")).GetAsync($"{Deliveries}?status=Failed")).ShouldBe(HttpStatusCode.OK);
        foreach (var user in new[] { "county", "secretary.a", "presidium.a", "deputy.a", "unit.a" })
        {
            await (await (await As(user)).GetAsync(Deliveries)).ShouldBe(HttpStatusCode.Forbidden);
        }

        await (await Portal.CreateClient().GetAsync(Deliveries)).ShouldBe(HttpStatusCode.Unauthorized);
        await using var nobody = Portal.Services.CreateAsyncScope();
        await Assert.ThrowsAnyAsync<Exception>(async () => await nobody.ServiceProvider.GetRequiredService<ISender>().Send(new DispatchNotificationDeliveries()));
    }

    /// <summary>The application again on the same database, with e-mail to the test's SMTP server, a 企业微信 robot for
    /// A and a signed 钉钉 robot for B at the test's listener, three attempts without waits between them.</summary>
    private WebApplicationFactory<Program> ChannelHost(LocalSmtpServer smtp, LocalWebhook robot, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string>
        {
            ["Scheduler:Enabled"] = "false",
            ["Notifications:PortalBaseUrl"] = "https://portal.county.test/",
            ["Notifications:Email:Host"] = "127.0.0.1",
            ["Notifications:Email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Email:From"] = "县人大代表履职平台 <noreply@county.test>",
            ["Notifications:Email:UseTls"] = "false",
            [$"Notifications:Webhooks:{World.A.Township.Code}:Url"] = $"{robot.BaseUrl}/cgi-bin/webhook/send?key={RobotKeyA}",
            [$"Notifications:Webhooks:{World.A.Township.Code}:Format"] = "WeChatWork",
            [$"Notifications:Webhooks:{World.B.Township.Code}:Url"] = $"{robot.BaseUrl}/robot/send?access_token=token-b",
            [$"Notifications:Webhooks:{World.B.Township.Code}:Format"] = "DingTalk",
            [$"Notifications:Webhooks:{World.B.Township.Code}:Secret"] = DingTalkSecretB,
            ["Notifications:Delivery:MaxAttempts"] = "3",
            ["Notifications:Delivery:Backoff"] = "00:00:00",
            ["Notifications:Delivery:RetryCount"] = "1",
            ["Notifications:Delivery:RetryDelay"] = "00:00:00",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var host = Portal.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        _ = host.Server; // start it now: migrations are already there
        return host;
    }

    private static async Task<int> SweepAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.GetRequiredService<ISystemScopes>().Begin();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepProposalDeadlines());
    }

    private static async Task<int> DispatchAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.GetRequiredService<ISystemScopes>().Begin();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new DispatchNotificationDeliveries());
    }

    private async Task StoreAsync(WebApplicationFactory<Program> host, NotificationDraft draft, params string[] userNames)
    {
        await using var scope = host.Services.GetRequiredService<ISystemScopes>().Begin();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = await db.Users.Where(u => userNames.Contains(u.UserName!)).Select(u => u.Id).ToListAsync();
        await scope.ServiceProvider.GetRequiredService<INotificationOutbox>().AddOnceAsync([.. users.Select(u => new Addressed(draft, u))], CancellationToken.None);
    }

    private async Task GiveEmailAsync(string userName, string email)
    {
        await using var scope = Portal.SystemScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, email).SetProperty(u => u.NormalizedEmail, email.ToUpperInvariant()));
    }

    private async Task<List<NotificationDelivery>> DeliveriesAsync()
    {
        await using var scope = Portal.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().NotificationDeliveries.AsNoTracking().ToListAsync();
    }

    private void NothingSecretLogged()
    {
        string[] secrets = [RobotKeyA, DingTalkSecretB, "token-b", "@town.test", "13812345678", "/cgi-bin/webhook"];
        var leaked = Portal.Logs.Lines.Where(l => secrets.Any(s => l.Contains(s, StringComparison.Ordinal))).ToList();
        Assert.Empty(leaked);
    }
}
