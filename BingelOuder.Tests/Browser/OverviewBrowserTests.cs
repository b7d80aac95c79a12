using BingelOuder.Domain;
using BingelOuder.Features.Overview;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

public sealed class OverviewBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The card's numbers worked out here, in memory, from the child's rows: not by the app's queries.</summary>
    internal sealed record Expected(int TasksMade, int TasksGiven, int Exercises, int Percent);

    internal static async Task<Expected> ExpectedAsync(TestApp app, Pupil pupil, PeriodKind kind)
    {
        var period = ReportingPeriod.Current(kind, TimeProvider.System);
        var now = DateTime.UtcNow;
        await using var db = app.CreateDbContext();
        var rows = await db.ExerciseResults.Where(r => r.PupilId == pupil.Id).ToListAsync(Ct);
        var inPeriod = rows.Where(r => r.FinishedAtUtc >= period.FromUtc && r.FinishedAtUtc < period.ToUtc).ToList();
        var tasks = (await db.PracticeTasks.Where(t => t.SchoolClassId == pupil.SchoolClassId).ToListAsync(Ct))
            .Where(t => t.GivenAtUtc >= period.FromUtc && t.GivenAtUtc < period.ToUtc && t.GivenAtUtc <= now).ToList();
        var made = tasks.Count(t => rows.Any(r => r.PracticeTaskId == t.Id));
        var correct = inPeriod.Sum(r => r.Correct);
        var total = inPeriod.Sum(r => r.Total);
        var percent = total == 0 ? 0 : (int)Math.Floor(100.0 * correct / total + 0.5);
        return new Expected(made, tasks.Count, inPeriod.Count, percent);
    }

    internal static async Task ExpectCardAsync(IPage page, Expected expected)
    {
        await Assertions.Expect(page.GetByTestId("tasks"))
            .ToContainTextAsync($"{expected.TasksMade} van {expected.TasksGiven}");
        await Assertions.Expect(page.GetByTestId("exercises")).ToContainTextAsync(expected.Exercises.ToString());
        if (expected.Exercises > 0)
        {
            await Assertions.Expect(page.GetByTestId("general")).ToContainTextAsync($"{expected.Percent}%");
        }
    }

    [Fact]
    public async Task A_parent_with_two_children_sees_each_childs_numbers_and_switches_without_leaving_the_page()
    {
        await using var app = new KestrelTestApp(seed: true);
        List<Pupil> pupils;
        await using (var db = app.CreateDbContext())
        {
            // Two children in different classes, each with practice this school year.
            var active = db.Pupils.Where(p => db.ExerciseResults.Count(r => r.PupilId == p.Id) > 40);
            pupils =
            [
                await active.Include(p => p.SchoolClass).Where(p => p.SchoolClass!.Name == "2A").OrderBy(p => p.Id).FirstAsync(Ct),
                await active.Include(p => p.SchoolClass).Where(p => p.SchoolClass!.Name == "5A").OrderBy(p => p.Id).FirstAsync(Ct),
            ];
        }

        var parent = await app.CreateParentAsync("twee.kinderen@example.be", "Sofie", "Claes");
        foreach (var pupil in pupils)
        {
            await app.LinkAsync(parent, pupil.Id);
        }

        var ordered = pupils.OrderBy(p => p.FirstName, StringComparer.Create(OverviewText.Dutch, true))
            .ThenBy(p => p.LastName).ToList();
        var (first, second) = (ordered[0], ordered[1]);
        var page = await browser.NewPageAsync(app.BaseUrl);

        await TestAccounts.LogInAsync(page, "twee.kinderen@example.be", TestAccounts.ParentPassword);
        await page.WaitForURLAsync("**/ouder/overzicht");
        await Support.Browser.WaitForInteractiveAsync(page);

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = first.FullName });
        await Assertions.Expect(heading).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"Klas {first.SchoolClass!.Name} · Basisschool De Regenboog")).ToBeVisibleAsync();
        await ExpectCardAsync(page, await ExpectedAsync(app, first, PeriodKind.ThisWeek));
        await Assertions.Expect(page.Locator(".mud-chart svg").First).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "overview-first-child-week");

        await page.GetByRole(AriaRole.Button, new() { Name = "Dit schooljaar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dit schooljaar", Pressed = true }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("period-range")).ToContainTextAsync("schooljaar");
        await ExpectCardAsync(page, await ExpectedAsync(app, first, PeriodKind.ThisSchoolYear));
        await Support.Browser.ScreenshotAsync(page, "overview-first-child-school-year");

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Kies een kind" });
        await nav.GetByRole(AriaRole.Link, new() { Name = $"{second.FirstName} ({second.SchoolClass!.Name})" }).ClickAsync();

        await page.WaitForURLAsync($"**/ouder/overzicht/{second.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = second.FullName })).ToBeVisibleAsync();
        await ExpectCardAsync(page, await ExpectedAsync(app, second, PeriodKind.ThisSchoolYear));
        await Assertions.Expect(page.Locator("main[data-interactive='true']")).ToBeAttachedAsync();
        await Support.Browser.ScreenshotAsync(page, "overview-second-child-school-year");

        await using var audit = app.CreateDbContext();
        var views = await audit.AuditEvents.Where(e => e.Type == AuditEventTypes.ChildResultsViewed && e.UserId == parent.Id)
            .OrderBy(e => e.Id).Select(e => e.PupilId).ToListAsync(Ct);
        Assert.Equal([first.Id, first.Id, second.Id], views);
    }

    [Fact]
    public async Task A_parent_changing_the_id_in_the_url_to_another_child_gets_404_and_the_attempt_is_recorded()
    {
        await using var app = new KestrelTestApp(seed: true);
        int mine, theirs;
        await using (var db = app.CreateDbContext())
        {
            var ids = await db.Pupils.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync(Ct);
            (mine, theirs) = (ids[0], ids[1]);
        }

        var parent = await app.CreateParentAsync("nieuwsgierig@example.be");
        var other = await app.CreateParentAsync("andere@example.be");
        await app.LinkAsync(parent, mine);
        await app.LinkAsync(other, theirs);
        var page = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(page, "nieuwsgierig@example.be", TestAccounts.ParentPassword);

        var response = await page.GotoAsync($"/ouder/overzicht/{theirs}");
        await Support.Browser.WaitForInteractiveAsync(page);

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pagina niet gevonden" })).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "overview-other-child-404");
        await using var audit = app.CreateDbContext();
        var denied = await audit.AuditEvents.Where(e => e.Type == AuditEventTypes.ChildAccessDenied).ToListAsync(Ct);
        var attempt = Assert.Single(denied);
        Assert.Equal((parent.Id, theirs), (attempt.UserId, attempt.PupilId));
        Assert.False(await audit.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.ChildResultsViewed && e.PupilId == theirs, Ct));
    }
}
