using System.Security.Claims;
using BingelOuder.Domain;
using BingelOuder.Features.Accounts.Links;
using BingelOuder.Features.Accounts.Mail;
using BingelOuder.Features.Accounts.Sessions;
using BingelOuder.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts.Passwords;

/// <summary>
/// Changes the password of the signed-in user after checking the current one. This session gets a
/// fresh cookie with the new security stamp; every other session ends at once. Wrong current passwords
/// count towards the lockout, like wrong passwords at login.
/// </summary>
public sealed partial class ChangePassword(
    UserManager<AppUser> users,
    SignInManager<AppUser> signInManager,
    PasswordRules passwordRules,
    AccountLinks links,
    AccountMailOutbox outbox,
    EndStaleSessions endStaleSessions,
    AuditTrail audit,
    ILogger<ChangePassword> logger)
{
    public async Task<ChangePasswordResult> ExecuteAsync(
        ClaimsPrincipal principal, string currentPassword, string newPassword, string? clientAddress)
    {
        var user = await users.GetUserAsync(principal)
            ?? throw new InvalidOperationException("Changing a password needs a signed-in user.");
        if (await users.IsLockedOutAsync(user))
        {
            return ChangePasswordResult.Of(ChangePasswordOutcome.LockedOut);
        }

        if (!await users.CheckPasswordAsync(user, currentPassword))
        {
            await users.AccessFailedAsync(user);
            LogWrongCurrent(logger, user.Id);
            await audit.RecordAsync(AuditEventTypes.LoginFailed, user.Id, user.SchoolId, clientAddress: clientAddress,
                details: "wrong current password when changing password");
            return ChangePasswordResult.Of(await users.IsLockedOutAsync(user)
                ? ChangePasswordOutcome.LockedOut
                : ChangePasswordOutcome.WrongCurrentPassword);
        }

        if (newPassword == currentPassword)
        {
            return new ChangePasswordResult(
                ChangePasswordOutcome.PasswordRefused, ["Kies een ander wachtwoord dan uw huidige."]);
        }

        var errors = await passwordRules.CheckAsync(newPassword, user.Email);
        if (errors.Count > 0)
        {
            return new ChangePasswordResult(ChangePasswordOutcome.PasswordRefused, errors);
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            return new ChangePasswordResult(
                ChangePasswordOutcome.PasswordRefused, [.. changed.Errors.Select(e => e.Description)]);
        }

        await users.ResetAccessFailedCountAsync(user);
        await signInManager.RefreshSignInAsync(user);
        await endStaleSessions.ExecuteAsync(user);
        LogChanged(logger, user.Id);
        await audit.RecordAsync(AuditEventTypes.PasswordChanged, user.Id, user.SchoolId, clientAddress: clientAddress);
        outbox.Enqueue(AccountMails.PasswordChanged(user.Email!, links.ForgotPassword));
        return ChangePasswordResult.Of(ChangePasswordOutcome.Succeeded);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password of account {UserId} changed; other sessions end")]
    private static partial void LogChanged(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wrong current password given by account {UserId}")]
    private static partial void LogWrongCurrent(ILogger logger, string userId);
}
