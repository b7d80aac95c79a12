using BingelOuder.Domain;
using BingelOuder.Features.Overview;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Overview;

public sealed class OverviewAccessTests
{
    [Fact]
    public async Task A_parent_asking_for_another_parents_child_gets_not_linked_and_the_attempt_is_recorded()
    {
        await using var app = new ClockedTestApp(EmmaScenario.Now);
        var scenario = await EmmaScenario.CreateAsync(app);
        var other = await app.CreateParentAsync("andere.ouder@example.be");
        var ct = TestContext.Current.CancellationToken;

        var result = await app.Service<GetChildOverview>().ExecuteAsync(
            other.Id, scenario.Emma.Id, PeriodKind.ThisWeek, ct);

        Assert.Equal(ChildOverviewStatus.NotLinked, result.Status);
        Assert.Null(result.Overview);
        Assert.Null(result.Child);
        await using var db = app.CreateDbContext();
        var events = await db.AuditEvents.Where(e => e.PupilId == scenario.Emma.Id).ToListAsync(ct);
        var denied = Assert.Single(events);
        Assert.Equal(AuditEventTypes.ChildAccessDenied, denied.Type);
        Assert.Equal(other.Id, denied.UserId);
        Assert.Equal(scenario.Emma.SchoolId, denied.SchoolId);
    }

    [Fact]
    public async Task The_children_list_holds_only_the_parents_own_children()
    {
        await using var app = new ClockedTestApp(EmmaScenario.Now);
        var scenario = await EmmaScenario.CreateAsync(app);
        var other = await app.CreateParentAsync("andere.ouder@example.be");
        await app.LinkAsync(other, scenario.Lucas.Id);

        var mine = await app.Service<ListLinkedChildren>().ExecuteAsync(scenario.Parent.Id, TestContext.Current.CancellationToken);
        var theirs = await app.Service<ListLinkedChildren>().ExecuteAsync(other.Id, TestContext.Current.CancellationToken);

        Assert.Equal(["Emma"], mine.Select(c => c.FirstName));
        Assert.Equal(["Lucas"], theirs.Select(c => c.FirstName));
        Assert.Equal(("3A", "Basisschool Het Anker", true), (mine[0].ClassName, mine[0].SchoolName, mine[0].ParentModuleEnabled));
    }

    [Fact]
    public async Task A_school_with_the_module_off_shows_no_results_and_records_no_read()
    {
        await using var app = new ClockedTestApp(EmmaScenario.Now);
        var scenario = await EmmaScenario.CreateAsync(app, moduleOn: false);
        var ct = TestContext.Current.CancellationToken;

        var result = await app.Service<GetChildOverview>().ExecuteAsync(
            scenario.Parent.Id, scenario.Emma.Id, PeriodKind.ThisSchoolYear, ct);

        Assert.Equal(ChildOverviewStatus.ModuleOff, result.Status);
        Assert.Null(result.Overview);
        Assert.Equal("Emma", result.Child!.FirstName);
        await using var db = app.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.ChildResultsViewed, ct));
    }
}
