using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts.Activation;

/// <summary>Activates an account from the link in its e-mail; the link then stops working.</summary>
public sealed partial class ActivateAccount(
    UserManager<AppUser> users, AuditTrail audit, ILogger<ActivateAccount> logger)
{
    /// <returns>False for an unknown, expired or already used link.</returns>
    public async Task<bool> ExecuteAsync(string? userId, string? token, string? clientAddress)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token))
        {
            return false;
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null || user.EmailConfirmed)
        {
            return false;
        }

        var confirmed = await users.ConfirmEmailAsync(user, token);
        if (!confirmed.Succeeded)
        {
            return false;
        }

        // Identity keeps a confirmation token valid after use; a new stamp makes this link single-use.
        await users.UpdateSecurityStampAsync(user);
        LogActivated(logger, user.Id);
        await audit.RecordAsync(AuditEventTypes.AccountActivated, user.Id, user.SchoolId, clientAddress: clientAddress);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} activated")]
    private static partial void LogActivated(ILogger logger, string userId);
}
