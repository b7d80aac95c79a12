using System.Security.Claims;
using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Accounts.Deletion;

/// <summary>
/// Deletes the signed-in parent's account after checking the password: the links to children,
/// the account with its name and e-mail address, and Identity's rows for it (roles, claims,
/// tokens), in one transaction. The audit trail keeps only the account's id.
/// </summary>
public sealed partial class DeleteParentAccount(
    UserManager<AppUser> users,
    SignInManager<AppUser> signInManager,
    // The request's context: the one the user store works in, so both deletes share a transaction.
    AppDbContext db,
    AuditTrail audit,
    ILogger<DeleteParentAccount> logger)
{
    public async Task<DeleteAccountOutcome> ExecuteAsync(
        ClaimsPrincipal principal, string password, string? clientAddress)
    {
        var user = await users.GetUserAsync(principal)
            ?? throw new InvalidOperationException("Deleting an account needs a signed-in user.");
        if (await users.IsLockedOutAsync(user))
        {
            return DeleteAccountOutcome.LockedOut;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            LogWrongPassword(logger, user.Id);
            await audit.RecordAsync(AuditEventTypes.LoginFailed, user.Id, clientAddress: clientAddress,
                details: "wrong password when deleting account");
            return await users.IsLockedOutAsync(user)
                ? DeleteAccountOutcome.LockedOut
                : DeleteAccountOutcome.WrongPassword;
        }

        int removedLinks;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            removedLinks = await db.ParentLinks.Where(l => l.ParentId == user.Id).ExecuteDeleteAsync();
            var deleted = await users.DeleteAsync(user);
            if (!deleted.Succeeded)
            {
                throw new InvalidOperationException(
                    "Account could not be deleted: " + string.Join(", ", deleted.Errors.Select(e => e.Code)));
            }

            await transaction.CommitAsync();
        }

        await signInManager.SignOutAsync();
        LogDeleted(logger, user.Id, removedLinks);
        await audit.RecordAsync(AuditEventTypes.AccountDeleted, user.Id, clientAddress: clientAddress,
            details: $"links removed: {removedLinks}");
        return DeleteAccountOutcome.Deleted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} deleted with {LinkCount} links")]
    private static partial void LogDeleted(ILogger logger, string userId, int linkCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wrong password given to delete account {UserId}")]
    private static partial void LogWrongPassword(ILogger logger, string userId);
}
