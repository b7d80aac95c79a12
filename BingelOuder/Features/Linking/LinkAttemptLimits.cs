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
        var account = await BudgetAsync(db.LinkAttempts.Where(a => a.ParentId == parentId),
            _options.AccountAttempts, _options.AccountWindow, now, cancellationToken);
        var address = await BudgetAsync(db.LinkAttempts.Where(a => a.ClientAddress == clientAddress),
            _options.AddressAttempts, _options.AddressWindow, now, cancellationToken);
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

        // Once the limit-th most recent failure leaves the window, one attempt is free again.
        return recent.Count < limit
            ? new AttemptBudget(limit - recent.Count, null)
            : new AttemptBudget(0, recent[limit - 1] + window);
    }
}
