using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts;

/// <summary>
/// Signs a user in with e-mail and password. The password is checked before anything else is
/// said about the account, so the answer never tells whether an address is known.
/// </summary>
public sealed partial class LogIn(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AuditTrail audit,
    ILogger<LogIn> logger)
{
    public async Task<LoginResult> ExecuteAsync(string email, string password, string? returnUrl, string? clientAddress)
    {
        var user = await userManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // Spend the time a real check would take, so timing does not reveal unknown addresses.
            userManager.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password);
            await audit.RecordAsync(AuditEventTypes.LoginFailed, clientAddress: clientAddress, details: "unknown account");
            return new LoginResult(LoginOutcome.Failed);
        }

        if (!user.EmailConfirmed)
        {
            return await CheckNotActivatedAsync(user, password, clientAddress);
        }

        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return await LockedOutAsync(user, clientAddress);
        }

        if (!result.Succeeded)
        {
            return await FailAsync(user, clientAddress, "wrong password");
        }

        LogSucceeded(logger, user.Id);
        await audit.RecordAsync(AuditEventTypes.LoginSucceeded, user.Id, user.SchoolId, clientAddress: clientAddress);
        var roles = await userManager.GetRolesAsync(user);
        var target = PostLoginRedirect.Choose(returnUrl, roles);
        return new LoginResult(LoginOutcome.Succeeded, PostLoginRedirect.AskNamesFirst(user, roles, target));
    }

    /// <summary>
    /// Signing in is refused before activation, so Identity's sign-in would not count wrong
    /// passwords here; this counts them the same way, and says "not activated" only to someone
    /// who knows the password.
    /// </summary>
    private async Task<LoginResult> CheckNotActivatedAsync(AppUser user, string password, string? clientAddress)
    {
        if (await userManager.IsLockedOutAsync(user))
        {
            return await LockedOutAsync(user, clientAddress);
        }

        if (await userManager.CheckPasswordAsync(user, password))
        {
            await userManager.ResetAccessFailedCountAsync(user);
            return new LoginResult(LoginOutcome.NotActivated);
        }

        await userManager.AccessFailedAsync(user);
        return await userManager.IsLockedOutAsync(user)
            ? await LockedOutAsync(user, clientAddress)
            : await FailAsync(user, clientAddress, "not activated");
    }

    private async Task<LoginResult> LockedOutAsync(AppUser user, string? clientAddress)
    {
        LogLockedOut(logger, user.Id);
        await audit.RecordAsync(AuditEventTypes.LockedOut, user.Id, user.SchoolId, clientAddress: clientAddress);
        return new LoginResult(LoginOutcome.LockedOut);
    }

    private async Task<LoginResult> FailAsync(AppUser user, string? clientAddress, string reason)
    {
        LogFailed(logger, user.Id);
        await audit.RecordAsync(
            AuditEventTypes.LoginFailed, user.Id, user.SchoolId, clientAddress: clientAddress, details: reason);
        return new LoginResult(LoginOutcome.Failed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} logged in")]
    private static partial void LogSucceeded(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed login for user {UserId}")]
    private static partial void LogFailed(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} is locked out")]
    private static partial void LogLockedOut(ILogger logger, string userId);
}
