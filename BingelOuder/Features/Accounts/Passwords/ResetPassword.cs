using BingelOuder.Domain;
using BingelOuder.Features.Accounts.Sessions;
using BingelOuder.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts.Passwords;

/// <summary>
/// Sets a new password from the link in a reset e-mail. Identity renews the security stamp, so the
/// link works once and every session of the account ends. Following the link also proves the
/// mailbox, so a not yet activated account is activated and a lockout is lifted.
/// </summary>
public sealed partial class ResetPassword(
    UserManager<AppUser> users,
    PasswordRules passwordRules,
    EndStaleSessions endStaleSessions,
    AuditTrail audit,
    ILogger<ResetPassword> logger)
{
    public async Task<bool> IsValidLinkAsync(string? userId, string? token)
    {
        var user = await FindAsync(userId, token);
        return user is not null && await IsValidTokenAsync(user, token!);
    }

    public async Task<ResetPasswordResult> ExecuteAsync(
        string? userId, string? token, string newPassword, string? clientAddress)
    {
        var user = await FindAsync(userId, token);
        if (user is null || !await IsValidTokenAsync(user, token!))
        {
            return ResetPasswordResult.InvalidLink;
        }

        var errors = await passwordRules.CheckAsync(newPassword, user.Email);
        if (errors.Count > 0)
        {
            return new ResetPasswordResult(ResetPasswordOutcome.PasswordRefused, errors);
        }

        var reset = await users.ResetPasswordAsync(user, token!, newPassword);
        if (!reset.Succeeded)
        {
            return ResetPasswordResult.InvalidLink;
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
            await audit.RecordAsync(AuditEventTypes.AccountActivated, user.Id, user.SchoolId,
                clientAddress: clientAddress, details: "by password reset");
        }

        await endStaleSessions.ExecuteAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        LogReset(logger, user.Id);
        await audit.RecordAsync(AuditEventTypes.PasswordReset, user.Id, user.SchoolId, clientAddress: clientAddress);
        return ResetPasswordResult.Succeeded;
    }

    private Task<bool> IsValidTokenAsync(AppUser user, string token) =>
        users.VerifyUserTokenAsync(
            user,
            users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<AppUser>.ResetPasswordTokenPurpose,
            token);

    private async Task<AppUser?> FindAsync(string? userId, string? token) =>
        string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) ? null : await users.FindByIdAsync(userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password of account {UserId} reset by e-mail link")]
    private static partial void LogReset(ILogger logger, string userId);
}
