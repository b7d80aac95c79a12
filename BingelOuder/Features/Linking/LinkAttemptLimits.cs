using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Linking;

/// <summary>
/// Counts failed link attempts in the database, so the limits hold across restarts and app
/// instances. Callers count and record inside one write transaction, so parallel attempts
/// cannot slip past a limit.
/// </summary>
public sealed class LinkAttemptLimits(IOptions<LinkingOptions> options)
{
    private readonly LinkingOptions _options = options.Value;

    public LinkingOptions Options => _options;

    internal async Task<AttemptBudget> ForParentAsync(
        AppDbContext db, string parentId, string clientAddress, DateTime now, CancellationToken cancellationToken)
    {
        // Both windows in one round trip: this runs inside the write transaction of every attempt.
        var accountSince = now - _options.AccountWindow;
        var addressSince = now - _options.AddressWindow;
        var recent = await db.LinkAttempts
            .Where(a => a.ParentId == parentId && a.AttemptedAtUtc > accountSince)
            .OrderByDescending(a => a.AttemptedAtUtc)
            .Take(_options.AccountAttempts)
            .Select(a => new { ByAccount = true, a.AttemptedAtUtc })
            .Concat(db.LinkAttempts
                .Where(a => a.ClientAddress == clientAddress && a.AttemptedAtUtc > addressSince)
                .OrderByDescending(a => a.AttemptedAtUtc)
                .Take(_options.AddressAttempts)
                .Select(a => new { ByAccount = false, a.AttemptedAtUtc }))
            .ToListAsync(cancellationToken);

        var account = Budget(recent.Where(r => r.ByAccount).Select(r => r.AttemptedAtUtc),
            _options.AccountAttempts, _options.AccountWindow);
        var address = Budget(recent.Where(r => !r.ByAccount).Select(r => r.AttemptedAtUtc),
            _options.AddressAttempts, _options.AddressWindow);
        return AttemptBudget.Tightest(account, address);
    }

    /// <summary>
    /// Only mismatches against this pupil count, and only those since its code was issued: a
    /// renewed code starts afresh, as guesses at the old one say nothing about the new one.
    /// </summary>
    internal Task<AttemptBudget> ForPupilAsync(
        AppDbContext db, int pupilId, DateTime codeIssuedAtUtc, DateTime now, CancellationToken cancellationToken) =>
        BudgetAsync(
            db.LinkAttempts.Where(a => a.PupilId == pupilId && a.Reason == LinkAttemptReason.Mismatch
                && a.AttemptedAtUtc >= codeIssuedAtUtc),
            _options.PupilAttempts, _options.PupilWindow, now, cancellationToken);

    private static async Task<AttemptBudget> BudgetAsync(
        IQueryable<LinkAttempt> attempts, int limit, TimeSpan window, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - window;
        var recent = await attempts
            .Where(a => a.AttemptedAtUtc > since)
            .OrderByDescending(a => a.AttemptedAtUtc)
            .Select(a => a.AttemptedAtUtc)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return Budget(recent, limit, window);
    }

    /// <summary>Once the limit-th most recent failure leaves the window, one attempt is free again.</summary>
    private static AttemptBudget Budget(IEnumerable<DateTime> recentFailures, int limit, TimeSpan window)
    {
        var recent = recentFailures.OrderByDescending(t => t).ToList();
        return recent.Count < limit
            ? new AttemptBudget(limit - recent.Count, null)
            : new AttemptBudget(0, recent[limit - 1] + window);
    }
}
