using BingelOuder.Domain;
using BingelOuder.Features.Overview;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Overview;

/// <summary>The numbers of <see cref="EmmaScenario"/>, worked out by hand, against the service.</summary>
public sealed class GetChildOverviewTests : IAsyncLifetime
{
    private readonly ClockedTestApp _app = new(EmmaScenario.Now);
    private EmmaScenario _scenario = default!;

    public async ValueTask InitializeAsync() => _scenario = await EmmaScenario.CreateAsync(_app);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<ChildOverview> OverviewAsync(PeriodKind period)
    {
        var result = await _app.Service<GetChildOverview>().ExecuteAsync(
            _scenario.Parent.Id, _scenario.Emma.Id, period, TestContext.Current.CancellationToken);
        Assert.Equal(ChildOverviewStatus.Shown, result.Status);
        return result.Overview!;
    }

    [Fact]
    public async Task This_week_counts_monday_half_past_midnight_in_brussels_and_not_the_sunday_before()
    {
        var week = await OverviewAsync(PeriodKind.ThisWeek);

        // R1 8/10, R2 5/10, R5 4/5 (Monday 00:30 in Brussels is still Sunday in UTC).
        Assert.Equal(new DateOnly(2026, 3, 9), week.Period.FirstDay);
        Assert.Equal(3, week.ExercisesMade);
        Assert.Equal(new Score(17, 25), week.General);
        Assert.Equal(68, week.General!.Percent);
        Assert.Equal("voldoende", week.General.BandWord);
        Assert.Equal(
            [new SubjectScore("Frans", 1, new Score(4, 5)), new SubjectScore("Wiskunde", 2, new Score(13, 20))],
            week.Subjects);
        Assert.Equal([80, 65], week.Subjects.Select(s => s.Score.Percent));
    }

    [Fact]
    public async Task This_week_counts_tasks_given_to_the_class_this_week_and_those_the_child_began()
    {
        var week = await OverviewAsync(PeriodKind.ThisWeek);

        // T1 and T2 were given to 3A this week; Emma made exercises of T1 only. T5 is 3B's.
        Assert.Equal(2, week.TasksGiven);
        Assert.Equal(1, week.TasksMade);
    }

    [Fact]
    public async Task This_month_starts_at_brussels_midnight_on_the_first()
    {
        var month = await OverviewAsync(PeriodKind.ThisMonth);

        // R1, R2, R3, R5, R6; R9 (Saturday 28 February, 23:30) belongs to February.
        Assert.Equal(5, month.ExercisesMade);
        Assert.Equal(new Score(26, 37), month.General);
        Assert.Equal(70, month.General!.Percent);
        Assert.Equal("goed", month.General.BandWord);
        Assert.Equal(
            [new SubjectScore("Frans", 1, new Score(4, 5)), new SubjectScore("Wiskunde", 4, new Score(22, 32))],
            month.Subjects);
        Assert.Equal(69, month.Subjects[1].Score.Percent);
        Assert.Equal((3, 2), (month.TasksGiven, month.TasksMade));
    }

    [Fact]
    public async Task This_school_year_starts_on_the_first_of_september()
    {
        var year = await OverviewAsync(PeriodKind.ThisSchoolYear);

        // All but R7 (Sunday 31 August 2025, last school year).
        Assert.Equal(new DateOnly(2025, 9, 1), year.Period.FirstDay);
        Assert.Equal(8, year.ExercisesMade);
        Assert.Equal(new Score(47, 69), year.General);
        Assert.Equal(68, year.General!.Percent);
        Assert.Equal(
            [
                new SubjectScore("Frans", 1, new Score(4, 5)),
                new SubjectScore("Nederlands", 2, new Score(19, 30)),
                new SubjectScore("Wiskunde", 5, new Score(24, 34)),
            ],
            year.Subjects);
        Assert.Equal([80, 63, 71], year.Subjects.Select(s => s.Score.Percent));
        Assert.Equal(["goed", "voldoende", "goed"], year.Subjects.Select(s => s.Score.BandWord));
        Assert.Equal((4, 3), (year.TasksGiven, year.TasksMade));
    }

    [Fact]
    public async Task The_chart_counts_exercises_in_each_of_the_last_ten_monday_weeks()
    {
        var overview = await OverviewAsync(PeriodKind.ThisWeek);

        Assert.Equal(PracticeWeeks.Count, overview.Weeks.Count);
        Assert.Equal(new DateOnly(2026, 1, 5), overview.Weeks[0].Monday);
        Assert.Equal(new DateOnly(2026, 3, 9), overview.Weeks[^1].Monday);
        // Week of 23 Feb: R4 and R9; of 2 March: R3 and R6 (Sunday 23:30); of 9 March: R1, R2, R5.
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 2, 2, 3], overview.Weeks.Select(w => w.Exercises));
    }

    [Fact]
    public async Task Recent_tasks_are_the_class_tasks_given_so_far_with_the_childs_own_score()
    {
        var overview = await OverviewAsync(PeriodKind.ThisWeek);

        // T6 is given tomorrow; T5 belongs to 3B; Lucas's 10/10 on T1 is not Emma's.
        Assert.Equal(["Werkwoorden", "Tafels van 7", "Breuken", "Spelling ei/ij"], overview.RecentTasks.Select(t => t.Title));
        Assert.Equal(
            [null, new Score(13, 20), new Score(6, 8), new Score(10, 20)],
            overview.RecentTasks.Select(t => t.Score));
        Assert.Equal([0, 2, 1, 1], overview.RecentTasks.Select(t => t.Exercises));
        Assert.Equal(new DateOnly(2026, 3, 10), overview.RecentTasks[0].GivenOn);
        Assert.Equal("Nederlands", overview.RecentTasks[0].Subject);
    }

    [Fact]
    public async Task Each_view_is_recorded_once_with_parent_child_and_time()
    {
        await OverviewAsync(PeriodKind.ThisMonth);

        await using var db = _app.CreateDbContext();
        var views = await db.AuditEvents.Where(e => e.Type == AuditEventTypes.ChildResultsViewed)
            .ToListAsync(TestContext.Current.CancellationToken);
        var view = Assert.Single(views);
        Assert.Equal(_scenario.Parent.Id, view.UserId);
        Assert.Equal(_scenario.Emma.Id, view.PupilId);
        Assert.Equal(_scenario.Emma.SchoolId, view.SchoolId);
        Assert.Equal(EmmaScenario.Now.GetUtcNow().UtcDateTime, view.OccurredAtUtc);
    }

    [Fact]
    public async Task A_child_who_never_practised_has_zero_counts_and_no_result()
    {
        var parent = await _app.CreateParentAsync("ouder.mila@example.be");
        await _app.LinkAsync(parent, _scenario.Mila.Id);

        var result = await _app.Service<GetChildOverview>().ExecuteAsync(
            parent.Id, _scenario.Mila.Id, PeriodKind.ThisSchoolYear, TestContext.Current.CancellationToken);

        var overview = result.Overview!;
        Assert.Equal((0, 4, 0), (overview.ExercisesMade, overview.TasksGiven, overview.TasksMade));
        Assert.Null(overview.General);
        Assert.Empty(overview.Subjects);
        Assert.All(overview.Weeks, w => Assert.Equal(0, w.Exercises));
        Assert.All(overview.RecentTasks, t => Assert.Null(t.Score));
        Assert.False(overview.HasPracticeInPeriod);
    }
}
