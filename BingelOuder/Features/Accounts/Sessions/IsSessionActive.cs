using System.Security.Claims;
using BingelOuder.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Accounts.Sessions;

/// <summary>
/// Whether a principal is still signed in, in one query: its login session exists and has not
/// ended, and its account (the session goes with a deleted one) keeps the security stamp it had.
/// </summary>
public sealed class IsSessionActive(
    IDbContextFactory<AppDbContext> contexts, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public async Task<bool> ExecuteAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var key = principal.FindFirstValue(DatabaseTicketStore.SessionClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (key is null || stamp is null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LoginSessions.AnyAsync(
            s => s.Id == key && s.ExpiresAtUtc > now && db.Users.Any(u => u.Id == s.UserId && u.SecurityStamp == stamp),
            cancellationToken);
    }
}
