using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Linking;

/// <summary>
/// What the school admin's "Koppelingen" step shows of attacks: recent failed link attempts at the
/// school and the pupils frozen for linking right now. Callers check the admin belongs to the school.
/// </summary>
public sealed class GetLinkingAlerts(
    IDbContextFactory<AppDbContext> dbFactory, LinkAttemptLimits limits, TimeProvider clock)
{
    public async Task<LinkingAlerts> ForSchoolAsync(
        int schoolId, TimeSpan period, int maxFailures = 200, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - period;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var failures = await (
                from attempt in db.LinkAttempts
                where attempt.SchoolId == schoolId && attempt.AttemptedAtUtc > since
                join user in db.Users on attempt.ParentId equals user.Id into users
                from user in users.DefaultIfEmpty()
                join pupil in db.Pupils on attempt.PupilId equals pupil.Id into pupils
                from pupil in pupils.DefaultIfEmpty()
                orderby attempt.AttemptedAtUtc descending
                select new FailedLinkAttempt(
                    attempt.AttemptedAtUtc,
                    attempt.ParentId,
                    user == null ? null : (user.FirstName + " " + user.LastName).Trim(),
                    user == null ? null : user.Email,
                    attempt.ClientAddress,
                    attempt.PupilId,
                    pupil == null ? null : pupil.FirstName + " " + pupil.LastName,
                    pupil == null ? null : pupil.SchoolClass!.Name,
                    attempt.Reason == LinkAttemptReason.PupilFrozen))
            .Take(maxFailures)
            .ToListAsync(cancellationToken);

        return new LinkingAlerts(failures, await FrozenPupilsAsync(db, schoolId, now, cancellationToken));
    }

    private async Task<IReadOnlyList<FrozenPupil>> FrozenPupilsAsync(
        AppDbContext db, int schoolId, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - limits.Options.PupilWindow;
        var candidates = await db.LinkAttempts
            .Where(a => a.SchoolId == schoolId && a.PupilId != null && a.Reason == LinkAttemptReason.Mismatch
                && a.AttemptedAtUtc > since)
            .GroupBy(a => a.PupilId!.Value)
            .Where(g => g.Count() >= limits.Options.PupilAttempts)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);

        var frozen = new List<FrozenPupil>();
        var pupils = await db.Pupils.Where(p => candidates.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, Class = p.SchoolClass!.Name, p.ParentCodeIssuedAtUtc })
            .ToListAsync(cancellationToken);
        foreach (var pupil in pupils)
        {
            var budget = await limits.ForPupilAsync(db, pupil.Id, pupil.ParentCodeIssuedAtUtc, now, cancellationToken);
            if (budget.Exhausted)
            {
                frozen.Add(new FrozenPupil(pupil.Id, $"{pupil.FirstName} {pupil.LastName}", pupil.Class,
                    budget.RetryAtUtc!.Value));
            }
        }

        return frozen;
    }
}
