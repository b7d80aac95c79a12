namespace BingelOuder.Infrastructure.Mail;

public sealed class MailDeliveryException(string message, Exception inner) : Exception(message, inner);
