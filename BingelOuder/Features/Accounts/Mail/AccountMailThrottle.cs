using BingelOuder.Data;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Accounts.Mail;

/// <summary>
/// Keeps the pages that send mail on request from flooding one mailbox: at most a few e-mails of a
/// kind per account per hour, counted from the audit trail.
/// </summary>
public sealed class AccountMailThrottle(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int PerHour = 3;
    public const string Queued = "mail queued";

    public async Task<bool> AllowsAsync(string auditType, string userId)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        await using var db = await dbFactory.CreateDbContextAsync();
        var recent = await db.AuditEvents.CountAsync(e =>
            e.Type == auditType && e.UserId == userId && e.Details == Queued && e.OccurredAtUtc >= since);
        return recent < PerHour;
    }
}
