using BingelOuder.Infrastructure.Time;

namespace BingelOuder.Features.Overview;

/// <summary>
/// A period a parent looks at, from its first local day up to (not including) the first day after
/// it, both as Brussels midnight in UTC. Weeks start on Monday; the Flemish school year on
/// 1 September.
/// </summary>
public sealed record ReportingPeriod(PeriodKind Kind, DateOnly FirstDay, DateOnly EndDay)
{
    public const int SchoolYearStartMonth = 9;

    public DateTime FromUtc => SchoolTime.ToUtc(FirstDay.ToDateTime(TimeOnly.MinValue));

    public DateTime ToUtc => SchoolTime.ToUtc(EndDay.ToDateTime(TimeOnly.MinValue));

    public static ReportingPeriod Containing(PeriodKind kind, DateOnly today) => kind switch
    {
        PeriodKind.ThisWeek => Week(today),
        PeriodKind.ThisMonth => Month(today),
        PeriodKind.ThisSchoolYear => SchoolYear(today),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period."),
    };

    public static ReportingPeriod Current(PeriodKind kind, TimeProvider clock) =>
        Containing(kind, SchoolTime.Today(clock));

    private static ReportingPeriod Week(DateOnly today)
    {
        var monday = SchoolTime.StartOfWeek(today);
        return new ReportingPeriod(PeriodKind.ThisWeek, monday, monday.AddDays(7));
    }

    private static ReportingPeriod Month(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        return new ReportingPeriod(PeriodKind.ThisMonth, first, first.AddMonths(1));
    }

    private static ReportingPeriod SchoolYear(DateOnly today)
    {
        var startYear = today.Month >= SchoolYearStartMonth ? today.Year : today.Year - 1;
        var first = new DateOnly(startYear, SchoolYearStartMonth, 1);
        return new ReportingPeriod(PeriodKind.ThisSchoolYear, first, first.AddYears(1));
    }
}
