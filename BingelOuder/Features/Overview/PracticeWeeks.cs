using System.Linq.Expressions;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Time;

namespace BingelOuder.Features.Overview;

/// <summary>
/// The last <see cref="Count"/> Monday-start weeks up to and including this one, with their
/// boundaries as Brussels midnight in UTC (so a week across a clock change is still one week).
/// </summary>
public sealed class PracticeWeeks
{
    public const int Count = 10;

    private PracticeWeeks(DateOnly[] mondays)
    {
        Mondays = mondays;
        Starts = mondays.Select(m => SchoolTime.ToUtc(m.ToDateTime(TimeOnly.MinValue))).ToArray();
    }

    /// <summary>Count + 1 Mondays: the first of each week, then the one after the last week.</summary>
    public IReadOnlyList<DateOnly> Mondays { get; }

    /// <summary>The Mondays as UTC instants; read by the query that buckets results per week.</summary>
    public DateTime[] Starts { get; }

    public DateTime FromUtc => Starts[0];

    public DateTime ToUtc => Starts[^1];

    public static PracticeWeeks EndingWith(DateOnly today)
    {
        var first = SchoolTime.StartOfWeek(today).AddDays(-7 * (Count - 1));
        return new PracticeWeeks(Enumerable.Range(0, Count + 1).Select(i => first.AddDays(7 * i)).ToArray());
    }

    /// <summary>
    /// r => r.FinishedAtUtc &lt; Starts[1] ? 0 : r.FinishedAtUtc &lt; Starts[2] ? 1 : ... : Count - 1,
    /// for results already limited to [FromUtc, ToUtc). The boundaries are read from this object,
    /// as a closure would be, so the database sees parameters and the query plan is cached.
    /// </summary>
    public Expression<Func<ExerciseResult, int>> WeekIndex()
    {
        var result = Expression.Parameter(typeof(ExerciseResult), "r");
        var finished = Expression.Property(result, nameof(ExerciseResult.FinishedAtUtc));
        var starts = Expression.Property(Expression.Constant(this), nameof(Starts));

        Expression body = Expression.Constant(Count - 1);
        for (var week = Count - 2; week >= 0; week--)
        {
            var nextStart = Expression.ArrayIndex(starts, Expression.Constant(week + 1));
            body = Expression.Condition(Expression.LessThan(finished, nextStart), Expression.Constant(week), body);
        }

        return Expression.Lambda<Func<ExerciseResult, int>>(body, result);
    }
}
