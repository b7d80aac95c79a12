using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Accounts.Sessions;

/// <summary>
/// Ends at once every session of an account that was signed in before its security stamp changed
/// (a new or reset password), instead of waiting for the next periodic stamp check.
/// </summary>
public sealed class EndStaleSessions(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<int> ExecuteAsync(AppUser user)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.LoginSessions
            .Where(s => s.UserId == user.Id && (s.SecurityStamp == null || s.SecurityStamp != user.SecurityStamp))
            .ExecuteDeleteAsync();
    }
}
