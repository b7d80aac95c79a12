using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BingelOuder.Infrastructure.Mail;

/// <summary>Sends over SMTP when a host is configured, otherwise writes .eml files to the pickup folder.</summary>
internal sealed partial class MailKitMailSender(
    IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<MailKitMailSender> logger)
    : IMailSender
{
    private readonly EmailOptions _options = options.Value;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var message = Build(mail);
        try
        {
            if (string.IsNullOrWhiteSpace(_options.Smtp.Host))
            {
                await WriteToPickupAsync(message, cancellationToken);
            }
            else
            {
                await SendOverSmtpAsync(message, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex.GetType().Name);
            throw new MailDeliveryException("The e-mail could not be delivered.", ex);
        }
    }

    private MimeMessage Build(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_options.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }

    private async Task WriteToPickupAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.IsPathRooted(_options.PickupDirectory)
            ? _options.PickupDirectory
            : Path.Combine(environment.ContentRootPath, _options.PickupDirectory);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(file, cancellationToken);
        LogWritten(logger);
    }

    private async Task SendOverSmtpAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = _options.Smtp;
        using var client = new SmtpClient { Timeout = 15_000 };
        await client.ConnectAsync(smtp.Host!, smtp.Port, ToMailKit(smtp.Security), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        LogSent(logger);
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail written to the pickup folder")]
    private static partial void LogWritten(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail sent over SMTP")]
    private static partial void LogSent(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail delivery failed ({ErrorType})")]
    private static partial void LogFailed(ILogger logger, string errorType);
}
