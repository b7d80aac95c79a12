using BingelOuder.Domain;
using BingelOuder.Features.Accounts.Links;
using BingelOuder.Features.Accounts.Mail;
using BingelOuder.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts.Activation;

/// <summary>
/// Queues a new activation e-mail for an account that is not activated yet. The caller always
/// gets the same answer, so the page tells nothing about which addresses have an account.
/// </summary>
public sealed partial class ResendActivation(
    UserManager<AppUser> users,
    AccountLinks links,
    AccountMailOutbox outbox,
    AccountMailThrottle throttle,
    AuditTrail audit,
    ILogger<ResendActivation> logger)
{
    public async Task ExecuteAsync(string email, string? clientAddress)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.EmailConfirmed)
        {
            await audit.RecordAsync(AuditEventTypes.ActivationMailRequested, user?.Id, clientAddress: clientAddress,
                details: user is null ? "unknown address" : "already active");
            return;
        }

        if (!await throttle.AllowsAsync(AuditEventTypes.ActivationMailRequested, user.Id))
        {
            LogThrottled(logger, user.Id);
            await audit.RecordAsync(AuditEventTypes.ActivationMailRequested, user.Id, clientAddress: clientAddress,
                details: "too many requests");
            return;
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        outbox.Enqueue(AccountMails.Activation(user.Email!, links.Activate(user.Id, token)));
        LogQueued(logger, user.Id);
        await audit.RecordAsync(AuditEventTypes.ActivationMailRequested, user.Id, clientAddress: clientAddress,
            details: AccountMailThrottle.Queued);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "New activation mail queued for account {UserId}")]
    private static partial void LogQueued(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Activation mail for account {UserId} not sent: too many requests")]
    private static partial void LogThrottled(ILogger logger, string userId);
}
