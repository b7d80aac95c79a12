using BingelOuder.Data;
using BingelOuder.Domain;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Linking;

/// <summary>
/// Links a parent account to the pupil that a parent code, school code, class and class number
/// point to. Every mismatch gets the same answer and counts against the attempt limits; the code
/// typed is never stored or logged.
/// </summary>
public sealed partial class LinkChild(
    IDbContextFactory<AppDbContext> dbFactory,
    ParentCodeProtector protector,
    LinkAttemptLimits limits,
    NotifyLinkedPeople notifyLinkedPeople,
    MailSchoolAdmins mailSchoolAdmins,
    TimeProvider clock,
    ILogger<LinkChild> logger)
{
    public async Task<LinkResult> ExecuteAsync(
        string parentId, LinkRequest request, string clientAddress, CancellationToken cancellationToken = default)
    {
        var attempt = new Attempt(parentId, request, clientAddress, clock.GetUtcNow().UtcDateTime);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // On SQLite this is BEGIN IMMEDIATE: one attempt at a time counts and records, so the
            // limits stay exact under parallel attempts. Nothing slow happens inside it.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            attempt.Result = await DecideAsync(db, attempt, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await AfterCommitAsync(attempt, cancellationToken);
        return attempt.Result;
    }

    private async Task<LinkResult> DecideAsync(AppDbContext db, Attempt attempt, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == attempt.ParentId, cancellationToken))
        {
            return new LinkResult(LinkOutcome.AccountGone);
        }

        var budget = await limits.ForParentAsync(db, attempt.ParentId, attempt.ClientAddress, attempt.Now,
            cancellationToken);
        if (budget.Exhausted)
        {
            return new LinkResult(LinkOutcome.TooManyAttempts) { RetryAtUtc = budget.RetryAtUtc };
        }

        var request = attempt.Request;
        var schoolKey = SchoolCodeKey.Of(request.SchoolCode);
        var school = await db.Schools
            .Where(s => s.SchoolCode.ToUpper().Replace("-", "").Replace(" ", "")
                .Replace("O", "0").Replace("I", "1").Replace("L", "1") == schoolKey)
            .Select(s => new SchoolMatch(s.Id, s.Name, s.ParentModuleEnabled,
                s.Classes.Select(c => new ClassMatch(c.Id, c.Name)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
        if (school is null)
        {
            return await FailAsync(db, attempt, budget, schoolId: null, pupilId: null, cancellationToken);
        }

        if (!school.ParentModuleEnabled)
        {
            return new LinkResult(LinkOutcome.ModuleOff) { SchoolName = school.Name };
        }

        var pupil = await FindPupilAsync(db, school, request, cancellationToken);
        if (pupil is null)
        {
            return await FailAsync(db, attempt, budget, school.Id, pupilId: null, cancellationToken);
        }

        var pupilBudget = await limits.ForPupilAsync(db, pupil.Id, pupil.ParentCodeIssuedAtUtc, attempt.Now,
            cancellationToken);
        if (pupilBudget.Exhausted)
        {
            // The code is not even checked, so a frozen pupil tells an attacker nothing.
            Record(db, attempt, school.Id, pupil.Id, LinkAttemptReason.PupilFrozen);
            return new LinkResult(LinkOutcome.PupilFrozen) { RetryAtUtc = pupilBudget.RetryAtUtc };
        }

        if (!protector.Matches(pupil.ParentCodeProtected, request.ParentCode))
        {
            if (pupilBudget.Left == 1)
            {
                // This failure uses the pupil's last attempt: freeze it, once, and warn the school.
                db.AuditEvents.Add(Audit(attempt, AuditEventTypes.PupilFrozenForLinking, school.Id, pupil.Id,
                    $"{limits.Options.PupilAttempts} failed attempts within {limits.Options.PupilWindow}"));
                attempt.FrozePupil = true;
            }

            return await FailAsync(db, attempt, budget, school.Id, pupil.Id, cancellationToken);
        }

        var linked = new LinkResult(LinkOutcome.Linked)
        {
            ChildFirstName = pupil.FirstName, ClassName = pupil.ClassName, SchoolName = school.Name,
        };
        var linkedParents = await db.ParentLinks.Where(l => l.PupilId == pupil.Id).Select(l => l.ParentId)
            .ToListAsync(cancellationToken);
        if (linkedParents.Contains(attempt.ParentId))
        {
            return linked with { Outcome = LinkOutcome.AlreadyLinked };
        }

        var link = new ParentLink
        {
            ParentId = attempt.ParentId, PupilId = pupil.Id, Relation = request.Relation, LinkedAtUtc = attempt.Now,
        };
        db.ParentLinks.Add(link);
        db.AuditEvents.Add(
            Audit(attempt, AuditEventTypes.ParentLinked, school.Id, pupil.Id, request.Relation.ToString()));
        attempt.NewLink = link;
        attempt.OthersLinked = linkedParents.Count > 0;
        attempt.SchoolId = school.Id;
        attempt.PupilId = pupil.Id;
        return linked;
    }

    private static async Task<PupilMatch?> FindPupilAsync(
        AppDbContext db, SchoolMatch school, LinkRequest request, CancellationToken cancellationToken)
    {
        var schoolClass = school.Classes.FirstOrDefault(c => LinkChildInput.Squeeze(c.Name) == request.ClassName);
        if (schoolClass is null)
        {
            return null;
        }

        return await db.Pupils
            .Where(p => p.SchoolClassId == schoolClass.Id && p.ClassNumber == request.ClassNumber)
            .Select(p => new PupilMatch(p.Id, p.FirstName, schoolClass.Name, p.ParentCodeProtected,
                p.ParentCodeIssuedAtUtc))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<LinkResult> FailAsync(
        AppDbContext db, Attempt attempt, AttemptBudget before, int? schoolId, int? pupilId,
        CancellationToken cancellationToken)
    {
        Record(db, attempt, schoolId, pupilId, LinkAttemptReason.Mismatch);
        attempt.SchoolId = schoolId;
        attempt.PupilId = pupilId;
        var left = before.Left - 1;
        return new LinkResult(LinkOutcome.Mismatch)
        {
            AttemptsLeft = left,
            RetryAtUtc = left > 0 ? null : await RetryAtAfterThisFailureAsync(db, attempt, cancellationToken),
        };
    }

    private async Task<DateTime?> RetryAtAfterThisFailureAsync(
        AppDbContext db, Attempt attempt, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var budget = await limits.ForParentAsync(db, attempt.ParentId, attempt.ClientAddress, attempt.Now,
            cancellationToken);
        return budget.RetryAtUtc;
    }

    private static void Record(
        AppDbContext db, Attempt attempt, int? schoolId, int? pupilId, LinkAttemptReason reason) =>
        db.LinkAttempts.Add(new LinkAttempt
        {
            AttemptedAtUtc = attempt.Now,
            ParentId = attempt.ParentId,
            ClientAddress = attempt.ClientAddress,
            SchoolId = schoolId,
            PupilId = pupilId,
            Reason = reason,
        });

    private static AuditEvent Audit(Attempt attempt, string type, int? schoolId, int pupilId, string details) => new()
    {
        Type = type,
        OccurredAtUtc = attempt.Now,
        UserId = attempt.ParentId,
        SchoolId = schoolId,
        PupilId = pupilId,
        ClientAddress = attempt.ClientAddress,
        Details = details,
    };

    private async Task AfterCommitAsync(Attempt attempt, CancellationToken cancellationToken)
    {
        switch (attempt.Result.Outcome)
        {
            case LinkOutcome.Linked:
                LogLinked(logger, attempt.ParentId, attempt.PupilId!.Value);
                if (attempt.OthersLinked)
                {
                    await notifyLinkedPeople.AboutNewLinkAsync(attempt.NewLink!.Id, cancellationToken);
                }

                attempt.Result = attempt.Result with { LinkId = attempt.NewLink!.Id };
                break;
            case LinkOutcome.Mismatch:
                LogMismatch(logger, attempt.ParentId, attempt.SchoolId, attempt.PupilId);
                break;
            case LinkOutcome.TooManyAttempts:
                LogLimited(logger, attempt.ParentId);
                break;
            case LinkOutcome.PupilFrozen:
                LogFrozenAttempt(logger, attempt.ParentId, attempt.PupilId);
                break;
        }

        if (attempt.FrozePupil)
        {
            LogPupilFrozen(logger, attempt.PupilId!.Value, attempt.SchoolId);
            await mailSchoolAdmins.AboutFrozenPupilAsync(attempt.PupilId.Value, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Parent {UserId} linked to pupil {PupilId}")]
    private static partial void LogLinked(ILogger logger, string userId, int pupilId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Failed link attempt by {UserId} (school {SchoolId}, pupil {PupilId})")]
    private static partial void LogMismatch(ILogger logger, string userId, int? schoolId, int? pupilId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Link attempt by {UserId} refused: attempt limit reached")]
    private static partial void LogLimited(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Link attempt by {UserId} refused: pupil {PupilId} is frozen")]
    private static partial void LogFrozenAttempt(ILogger logger, string userId, int? pupilId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Pupil {PupilId} of school {SchoolId} frozen for linking after too many failed attempts")]
    private static partial void LogPupilFrozen(ILogger logger, int pupilId, int? schoolId);

    private sealed record SchoolMatch(int Id, string Name, bool ParentModuleEnabled, List<ClassMatch> Classes);

    private sealed record ClassMatch(int Id, string Name);

    private sealed record PupilMatch(
        int Id, string FirstName, string ClassName, string ParentCodeProtected, DateTime ParentCodeIssuedAtUtc);

    private sealed class Attempt(string parentId, LinkRequest request, string clientAddress, DateTime now)
    {
        public string ParentId { get; } = parentId;

        public LinkRequest Request { get; } = request;

        public string ClientAddress { get; } = clientAddress;

        public DateTime Now { get; } = now;

        public LinkResult Result { get; set; } = new(LinkOutcome.Mismatch);

        public ParentLink? NewLink { get; set; }

        public int? SchoolId { get; set; }

        public int? PupilId { get; set; }

        public bool FrozePupil { get; set; }

        public bool OthersLinked { get; set; }
    }
}
