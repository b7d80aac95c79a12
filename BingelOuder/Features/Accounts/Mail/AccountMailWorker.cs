using BingelOuder.Infrastructure.Mail;

namespace BingelOuder.Features.Accounts.Mail;

/// <summary>
/// Sends the queued account e-mails. A message that fails waits outside the queue before it is
/// tried again, so one bad message never holds up the others.
/// </summary>
internal sealed partial class AccountMailWorker(
    AccountMailOutbox outbox, IMailSender sender, TimeProvider clock, ILogger<AccountMailWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan[] RetryDelays =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var queued in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await sender.SendAsync(queued.Mail, stoppingToken);
            }
            catch (MailDeliveryException) when (queued.FailedAttempts < RetryDelays.Length)
            {
                LogRetry(logger, queued.FailedAttempts + 1);
                _ = RetryLaterAsync(queued with { FailedAttempts = queued.FailedAttempts + 1 }, stoppingToken);
            }
            catch (MailDeliveryException)
            {
                LogGaveUp(logger, queued.FailedAttempts + 1);
            }
        }
    }

    private async Task RetryLaterAsync(QueuedMail queued, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(RetryDelays[queued.FailedAttempts - 1], clock, stoppingToken);
            outbox.Requeue(queued);
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account mail not delivered on attempt {Attempt}; will retry")]
    private static partial void LogRetry(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Account mail dropped after {Attempts} failed attempts")]
    private static partial void LogGaveUp(ILogger logger, int attempts);
}
