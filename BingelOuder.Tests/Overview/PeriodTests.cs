using BingelOuder.Features.Overview;

namespace BingelOuder.Tests.Overview;

public sealed class PeriodTests
{
    private static DateTime Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(2026, 3, 9)]
    [InlineData(2026, 3, 11)]
    [InlineData(2026, 3, 15)]
    public void A_week_runs_from_monday_to_sunday_in_brussels(int y, int m, int d)
    {
        var week = ReportingPeriod.Containing(PeriodKind.ThisWeek, new DateOnly(y, m, d));

        Assert.Equal(new DateOnly(2026, 3, 9), week.FirstDay);
        Assert.Equal(new DateOnly(2026, 3, 16), week.EndDay);
        Assert.Equal(Utc(2026, 3, 8, 23), week.FromUtc);
        Assert.Equal(Utc(2026, 3, 15, 23), week.ToUtc);
    }

    [Fact]
    public void The_week_after_the_clock_change_starts_at_22_00_utc()
    {
        var week = ReportingPeriod.Containing(PeriodKind.ThisWeek, new DateOnly(2026, 3, 31));

        Assert.Equal(Utc(2026, 3, 29, 22), week.FromUtc);
        Assert.Equal(Utc(2026, 4, 5, 22), week.ToUtc);
    }

    [Fact]
    public void A_week_across_new_year_starts_on_the_monday_of_the_old_year()
    {
        var week = ReportingPeriod.Containing(PeriodKind.ThisWeek, new DateOnly(2026, 1, 1));

        Assert.Equal(new DateOnly(2025, 12, 29), week.FirstDay);
        Assert.Equal(new DateOnly(2026, 1, 5), week.EndDay);
    }

    [Fact]
    public void A_month_spans_the_clock_change_from_local_midnight_to_local_midnight()
    {
        var month = ReportingPeriod.Containing(PeriodKind.ThisMonth, new DateOnly(2026, 3, 31));

        Assert.Equal(Utc(2026, 2, 28, 23), month.FromUtc);
        Assert.Equal(Utc(2026, 3, 31, 22), month.ToUtc);
    }

    [Theory]
    [InlineData(2026, 8, 31, 2025)]
    [InlineData(2026, 9, 1, 2026)]
    [InlineData(2026, 1, 15, 2025)]
    [InlineData(2026, 12, 3, 2026)]
    public void The_school_year_starts_on_the_first_of_september(int y, int m, int d, int startYear)
    {
        var year = ReportingPeriod.Containing(PeriodKind.ThisSchoolYear, new DateOnly(y, m, d));

        Assert.Equal(new DateOnly(startYear, 9, 1), year.FirstDay);
        Assert.Equal(new DateOnly(startYear + 1, 9, 1), year.EndDay);
        Assert.Equal(Utc(startYear, 8, 31, 22), year.FromUtc);
    }

    [Fact]
    public void Ten_practice_weeks_end_with_this_week_and_keep_brussels_midnight_across_the_clock_change()
    {
        var weeks = PracticeWeeks.EndingWith(new DateOnly(2026, 4, 1));

        Assert.Equal(PracticeWeeks.Count + 1, weeks.Mondays.Count);
        Assert.Equal(new DateOnly(2026, 1, 26), weeks.Mondays[0]);
        Assert.Equal(new DateOnly(2026, 3, 30), weeks.Mondays[^2]);
        Assert.Equal(Utc(2026, 3, 22, 23), weeks.Starts[^3]);
        Assert.Equal(Utc(2026, 3, 29, 22), weeks.Starts[^2]);
        Assert.All(weeks.Mondays, m => Assert.Equal(DayOfWeek.Monday, m.DayOfWeek));
    }
}
