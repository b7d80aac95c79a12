using System.Security.Claims;
using System.Security.Cryptography;
using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Accounts.Sessions;

/// <summary>
/// Keeps login sessions in the database, shared by every app instance. Each login gets a new random
/// key (so a cookie from before the login is never the session), and logging out deletes the row.
/// </summary>
public sealed partial class DatabaseTicketStore(
    IDbContextFactory<AppDbContext> contexts,
    TimeProvider clock,
    IOptions<IdentityOptions> identity,
    ILogger<DatabaseTicketStore> logger) : ITicketStore
{
    /// <summary>The claim that names the session in the signed-in principal, for checks in live circuits.</summary>
    public const string SessionClaimType = "bingelouder:session";

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        NameSession(ticket, key);
        var session = new LoginSession
        {
            Id = key,
            UserId = UserIdOf(ticket),
            SecurityStamp = StampOf(ticket),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAtUtc = now,
            ExpiresAtUtc = ExpiryOf(ticket, now),
        };

        await using var db = await contexts.CreateDbContextAsync();
        db.LoginSessions.Add(session);
        await db.SaveChangesAsync();

        // Ended sessions of this account go with every new login, so the table stays small.
        await db.LoginSessions.Where(s => s.UserId == session.UserId && s.ExpiresAtUtc <= now).ExecuteDeleteAsync();
        LogStarted(logger, session.UserId);
        return session.Id;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        // A renewed ticket may hold a fresh principal (the periodic security stamp check makes one).
        NameSession(ticket, key);
        var now = clock.GetUtcNow().UtcDateTime;
        var serialized = TicketSerializer.Default.Serialize(ticket);
        var expires = ExpiryOf(ticket, now);
        var stamp = StampOf(ticket);
        await using var db = await contexts.CreateDbContextAsync();
        await db.LoginSessions.Where(s => s.Id == key).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Ticket, serialized)
            .SetProperty(x => x.SecurityStamp, stamp)
            .SetProperty(x => x.ExpiresAtUtc, expires));
    }

    /// <summary>
    /// The login page never continues the session its cookie names: at sign-in the cookie handler
    /// would renew that session for the new user, so a cookie planted by an attacker would become
    /// the victim's. Reading no session there makes the handler store a new one with a new key (and
    /// the page and its antiforgery token are those of an anonymous visitor, as at the post).
    /// </summary>
    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var isLoginPage = httpContext.Request.Path.Equals(
            AccountsServiceCollectionExtensions.LoginPath, StringComparison.OrdinalIgnoreCase);
        return isLoginPage ? Task.FromResult<AuthenticationTicket?>(null) : RetrieveAsync(key);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync();
        var session = await db.LoginSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key);
        if (session is null || session.ExpiresAtUtc <= now)
        {
            return null;
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.LoginSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    private static void NameSession(AuthenticationTicket ticket, string key)
    {
        if (ticket.Principal.Identity is not ClaimsIdentity identity)
        {
            throw new InvalidOperationException("A login session needs a claims identity.");
        }

        foreach (var old in identity.FindAll(SessionClaimType).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(SessionClaimType, key));
    }

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirst(ClaimTypes.NameIdentifier)?.Value
        ?? throw new InvalidOperationException("A login session needs the user's id.");

    private string? StampOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirst(identity.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;

    // The cookie handler sets the expiry before it stores or renews a ticket; the fallback is a guard.
    private static DateTime ExpiryOf(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + AccountsServiceCollectionExtensions.SessionLifetime;

    [LoggerMessage(Level = LogLevel.Information, Message = "Login session started for user {UserId}")]
    private static partial void LogStarted(ILogger logger, string userId);
}
