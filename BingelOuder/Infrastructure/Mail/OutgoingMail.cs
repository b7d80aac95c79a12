namespace BingelOuder.Infrastructure.Mail;

/// <summary>A message in Dutch with a plain-text and an HTML body.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string HtmlBody);
