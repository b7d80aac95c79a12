using System.Globalization;
using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using BingelOuder.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.Overview;

/// <summary>
/// One child's overview for one period, for a parent linked to that child. Everything is summed
/// by the database over the covering indexes of ExerciseResults; no result row is loaded. Every
/// call that shows results is one read recorded in the audit trail.
/// </summary>
public sealed class GetChildOverview(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    AuditTrail audit,
    RecordDeniedChildAccess recordDenied)
{
    public const int RecentTaskCount = 5;

    private static readonly StringComparer SubjectOrder =
        StringComparer.Create(CultureInfo.GetCultureInfo("nl-BE"), ignoreCase: true);

    public async Task<ChildOverviewResult> ExecuteAsync(
        string parentId, int pupilId, PeriodKind periodKind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // One connection for the six queries below, instead of one opened (with its pragmas) per query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var child = await db.ParentLinks.AsNoTracking()
            .Where(l => l.ParentId == parentId && l.PupilId == pupilId)
            .Select(l => new
            {
                Summary = new ChildSummary(
                    l.PupilId, l.Pupil!.FirstName, l.Pupil.LastName, l.Pupil.SchoolClass!.Name,
                    l.Pupil.School!.Name, l.Pupil.School.ParentModuleEnabled),
                l.Pupil.SchoolId,
                l.Pupil.SchoolClassId,
            })
            .SingleOrDefaultAsync(cancellationToken);

        if (child is null)
        {
            await recordDenied.ExecuteAsync(parentId, pupilId, cancellationToken);
            return ChildOverviewResult.NotLinked;
        }

        if (!child.Summary.ParentModuleEnabled)
        {
            return ChildOverviewResult.ModuleOff(child.Summary);
        }

        var today = SchoolTime.Today(clock);
        var period = ReportingPeriod.Containing(periodKind, today);
        var subjects = await SubjectScoresAsync(db, pupilId, period, cancellationToken);
        var (given, made) = await TaskCountsAsync(db, pupilId, child.SchoolClassId, period, cancellationToken);
        var weeks = await WeeksAsync(db, pupilId, PracticeWeeks.EndingWith(today), cancellationToken);
        var recent = await RecentTasksAsync(db, pupilId, child.SchoolClassId, cancellationToken);

        var exercises = subjects.Sum(s => s.Exercises);
        var general = exercises == 0
            ? null
            : new Score(subjects.Sum(s => s.Score.Correct), subjects.Sum(s => s.Score.Total));

        await audit.RecordAsync(
            AuditEventTypes.ChildResultsViewed, parentId, child.SchoolId, pupilId,
            details: $"Period {periodKind}", cancellationToken: cancellationToken);

        return ChildOverviewResult.Shown(new ChildOverview(
            child.Summary, period, given, made, exercises, general, subjects, weeks, recent));
    }

    private static async Task<List<SubjectScore>> SubjectScoresAsync(
        AppDbContext db, int pupilId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var from = period.FromUtc;
        var to = period.ToUtc;
        var sums = db.ExerciseResults
            .Where(r => r.PupilId == pupilId && r.FinishedAtUtc >= from && r.FinishedAtUtc < to)
            .GroupBy(r => r.SubjectId)
            .Select(g => new
            {
                SubjectId = g.Key, Count = g.Count(), Correct = g.Sum(r => r.Correct), Total = g.Sum(r => r.Total),
            });
        var rows = await sums
            .Join(db.Subjects, s => s.SubjectId, subject => subject.Id, (s, subject) => new
            {
                subject.Name, s.Count, s.Correct, s.Total,
            })
            .ToListAsync(cancellationToken);

        return rows
            .Select(s => new SubjectScore(s.Name, s.Count, new Score(s.Correct, s.Total)))
            .OrderBy(s => s.Subject, SubjectOrder)
            .ToList();
    }

    private async Task<(int Given, int Made)> TaskCountsAsync(
        AppDbContext db, int pupilId, int classId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        // A task the teacher scheduled for later in the period is not given yet.
        var from = period.FromUtc;
        var to = Min(period.ToUtc, clock.GetUtcNow().UtcDateTime);
        var counts = await db.PracticeTasks
            .Where(t => t.SchoolClassId == classId && t.GivenAtUtc >= from && t.GivenAtUtc < to)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Given = g.Count(),
                Made = g.Count(t => db.ExerciseResults.Any(r => r.PracticeTaskId == t.Id && r.PupilId == pupilId)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return counts is null ? (0, 0) : (counts.Given, counts.Made);
    }

    private static async Task<List<WeekPractice>> WeeksAsync(
        AppDbContext db, int pupilId, PracticeWeeks weeks, CancellationToken cancellationToken)
    {
        var from = weeks.FromUtc;
        var to = weeks.ToUtc;
        var counts = await db.ExerciseResults
            .Where(r => r.PupilId == pupilId && r.FinishedAtUtc >= from && r.FinishedAtUtc < to)
            .GroupBy(weeks.WeekIndex())
            .Select(g => new { Week = g.Key, Count = g.Count() })
            .ToDictionaryAsync(w => w.Week, w => w.Count, cancellationToken);

        return Enumerable.Range(0, PracticeWeeks.Count)
            .Select(i => new WeekPractice(weeks.Mondays[i], counts.GetValueOrDefault(i)))
            .ToList();
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private async Task<List<RecentTask>> RecentTasksAsync(
        AppDbContext db, int pupilId, int classId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tasks = await db.PracticeTasks
            .Where(t => t.SchoolClassId == classId && t.GivenAtUtc <= now)
            .OrderByDescending(t => t.GivenAtUtc).ThenByDescending(t => t.Id)
            .Take(RecentTaskCount)
            .Select(t => new
            {
                t.Title,
                Subject = t.Subject!.Name,
                t.GivenAtUtc,
                Exercises = db.ExerciseResults.Count(r => r.PracticeTaskId == t.Id && r.PupilId == pupilId),
                Correct = db.ExerciseResults.Where(r => r.PracticeTaskId == t.Id && r.PupilId == pupilId).Sum(r => r.Correct),
                Total = db.ExerciseResults.Where(r => r.PracticeTaskId == t.Id && r.PupilId == pupilId).Sum(r => r.Total),
            })
            .ToListAsync(cancellationToken);

        return tasks.Select(t => new RecentTask(
                t.Title, t.Subject, DateOnly.FromDateTime(SchoolTime.ToLocal(t.GivenAtUtc)), t.Exercises,
                t.Exercises == 0 ? null : new Score(t.Correct, t.Total)))
            .ToList();
    }
}
