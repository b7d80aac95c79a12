using BingelOuder.Infrastructure.Mail;

namespace BingelOuder.Features.Accounts.Mail;

internal sealed record QueuedMail(OutgoingMail Mail, int FailedAttempts);
