using BingelOuder.Domain;
using BingelOuder.Features.Accounts.Links;
using BingelOuder.Features.Accounts.Mail;
using BingelOuder.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts.Passwords;

/// <summary>
/// Queues an e-mail with a reset link when the address has an account. The caller always gets the
/// same answer, so the page tells nothing about which addresses have an account.
/// </summary>
public sealed partial class RequestPasswordReset(
    UserManager<AppUser> users,
    AccountLinks links,
    AccountMailOutbox outbox,
    AccountMailThrottle throttle,
    AuditTrail audit,
    ILogger<RequestPasswordReset> logger)
{
    public async Task ExecuteAsync(string email, string? clientAddress)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await audit.RecordAsync(AuditEventTypes.PasswordResetRequested, clientAddress: clientAddress,
                details: "unknown address");
            return;
        }

        if (!await throttle.AllowsAsync(AuditEventTypes.PasswordResetRequested, user.Id))
        {
            LogThrottled(logger, user.Id);
            await audit.RecordAsync(AuditEventTypes.PasswordResetRequested, user.Id, user.SchoolId,
                clientAddress: clientAddress, details: "too many requests");
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        outbox.Enqueue(AccountMails.PasswordReset(user.Email!, links.ResetPassword(user.Id, token)));
        LogQueued(logger, user.Id);
        await audit.RecordAsync(AuditEventTypes.PasswordResetRequested, user.Id, user.SchoolId,
            clientAddress: clientAddress, details: AccountMailThrottle.Queued);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Password reset mail queued for account {UserId}")]
    private static partial void LogQueued(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Password reset mail for account {UserId} not sent: too many requests")]
    private static partial void LogThrottled(ILogger logger, string userId);
}
