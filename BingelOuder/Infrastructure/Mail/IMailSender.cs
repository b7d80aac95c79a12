namespace BingelOuder.Infrastructure.Mail;

public interface IMailSender
{
    /// <summary>Sends the message or throws <see cref="MailDeliveryException"/> when it cannot.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
