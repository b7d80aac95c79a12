namespace BingelOuder.Features.Overview;

/// <summary>
/// What a parent sees of one child for one period. A task counts as given when it was given to
/// the child's class within the period, and as made when the child made at least one exercise of
/// it (at any time).
/// </summary>
public sealed record ChildOverview(
    ChildSummary Child,
    ReportingPeriod Period,
    int TasksGiven,
    int TasksMade,
    int ExercisesMade,
    Score? General,
    IReadOnlyList<SubjectScore> Subjects,
    IReadOnlyList<WeekPractice> Weeks,
    IReadOnlyList<RecentTask> RecentTasks)
{
    public bool HasPracticeInPeriod => ExercisesMade > 0;

    public bool HasAnyPractice => ExercisesMade > 0 || Weeks.Any(w => w.Exercises > 0) || RecentTasks.Any(t => t.Score is not null);
}
