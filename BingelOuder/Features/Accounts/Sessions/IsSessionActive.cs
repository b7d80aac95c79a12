using System.Security.Claims;
using BingelOuder.Data;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Accounts.Sessions;

/// <summary>Whether the login session a principal was signed in with still exists (not logged out or ended).</summary>
public sealed class IsSessionActive(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    public async Task<bool> ExecuteAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var key = principal.FindFirstValue(DatabaseTicketStore.SessionClaimType);
        if (key is null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LoginSessions.AnyAsync(s => s.Id == key && s.ExpiresAtUtc > now, cancellationToken);
    }
}
