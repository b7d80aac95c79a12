using BingelOuder.Infrastructure.Mail;
using BingelOuder.Tests.Support;

namespace BingelOuder.Tests.Infrastructure;

public sealed class MailTests
{
    private static readonly OutgoingMail Mail = new(
        "ouder@example.be", "Welkom bij BingelOuder", "Hallo, dit is een test.", "<p>Hallo, dit is een <b>test</b>.</p>");

    [Fact]
    public async Task With_an_smtp_host_mail_travels_over_smtp_to_the_server()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());

        await app.Service<IMailSender>().SendAsync(Mail, TestContext.Current.CancellationToken);

        var received = await smtp.WaitForAsync("ouder@example.be");
        Assert.Equal("Welkom bij BingelOuder", received.Subject);
        Assert.Contains("dit is een test", received.TextBody);
        Assert.Contains("<b>test</b>", received.HtmlBody);
        Assert.Equal("noreply@bingelouder.test", received.From.Mailboxes.Single().Address);
        Assert.False(Directory.Exists(app.MailFolder) && Directory.EnumerateFiles(app.MailFolder).Any());
    }

    [Fact]
    public async Task Without_an_smtp_host_mail_lands_in_the_pickup_folder()
    {
        await using var app = new TestApp();

        await app.Service<IMailSender>().SendAsync(Mail, TestContext.Current.CancellationToken);

        var file = Assert.Single(Directory.GetFiles(app.MailFolder, "*.eml"));
        var message = await MimeKit.MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("Welkom bij BingelOuder", message.Subject);
        Assert.Equal("ouder@example.be", message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_gives_a_delivery_exception()
    {
        var deadPort = new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1", ["Email:Smtp:Port"] = "1", ["Email:Smtp:Security"] = "None",
        };
        await using var app = new TestApp(settings: deadPort);

        await Assert.ThrowsAsync<MailDeliveryException>(() =>
            app.Service<IMailSender>().SendAsync(Mail, TestContext.Current.CancellationToken));
    }
}
