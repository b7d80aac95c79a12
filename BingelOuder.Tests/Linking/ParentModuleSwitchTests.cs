using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Linking;

public sealed class ParentModuleSwitchTests
{
    [Fact]
    public async Task While_the_module_is_off_linking_fails_with_a_message_that_says_so_and_works_once_on()
    {
        await using var app = new ClockedTestApp();
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync(moduleOn: false);
        var admin = await app.CreateSchoolAdminAsync(school.Id, "beheer@school.test");
        var parent = (await app.CreateParentsAsync(1))[0];
        var request = school.RequestFor(school.Pupil("3A", 1));

        var whileOff = await app.LinkAsync(parent, request);
        await app.Service<SwitchParentModule>().ExecuteAsync(school.Id, true, admin.Id, ct);
        var whileOn = await app.LinkAsync(parent, request);

        Assert.Equal(LinkOutcome.ModuleOff, whileOff.Outcome);
        Assert.Contains("heeft de oudermodule nog niet aangezet",
            LinkResultText.For(whileOff, app.Clock.GetUtcNow().UtcDateTime));
        Assert.Contains(school.Name, LinkResultText.For(whileOff, app.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(LinkOutcome.Linked, whileOn.Outcome);
        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.LinkAttempts.CountAsync(ct));
    }

    [Fact]
    public async Task Switching_records_who_and_when_in_the_school_and_the_audit_trail()
    {
        await using var app = new ClockedTestApp();
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync(moduleOn: false);
        var admin = await app.CreateSchoolAdminAsync(school.Id, "beheer@school.test");
        var switchModule = app.Service<SwitchParentModule>();
        var onAt = app.Clock.GetUtcNow().UtcDateTime;

        var on = await switchModule.ExecuteAsync(school.Id, true, admin.Id, ct);
        app.Clock.Advance(TimeSpan.FromDays(2));
        var again = await switchModule.ExecuteAsync(school.Id, true, admin.Id, ct);
        var off = await switchModule.ExecuteAsync(school.Id, false, admin.Id, ct);

        Assert.Equal([SwitchModuleOutcome.Switched, SwitchModuleOutcome.Unchanged, SwitchModuleOutcome.Switched],
            [on, again, off]);
        await using var db = app.CreateDbContext();
        var stored = await db.Schools.SingleAsync(s => s.Id == school.Id, ct);
        Assert.False(stored.ParentModuleEnabled);
        Assert.Equal(admin.Id, stored.ParentModuleChangedByUserId);
        Assert.Equal(onAt.AddDays(2), stored.ParentModuleChangedAtUtc);
        var events = await db.AuditEvents.Where(e => e.Type == AuditEventTypes.ParentModuleSwitched)
            .OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal(["on", "off"], events.Select(e => e.Details));
        Assert.Equal([onAt, onAt.AddDays(2)], events.Select(e => e.OccurredAtUtc));
        Assert.All(events, e => Assert.Equal((admin.Id, school.Id), (e.UserId, e.SchoolId)));
    }

    [Fact]
    public async Task Only_a_school_admin_of_that_school_can_switch_its_module()
    {
        await using var app = new TestApp();
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync(moduleOn: false);
        var other = await app.CreateSchoolAsync(schoolCode: "ANDER1");
        var otherAdmin = await app.CreateSchoolAdminAsync(other.Id, "beheer@ander.test");
        var parent = (await app.CreateParentsAsync(1))[0];
        var switchModule = app.Service<SwitchParentModule>();

        var byOtherAdmin = await switchModule.ExecuteAsync(school.Id, true, otherAdmin.Id, ct);
        var byParent = await switchModule.ExecuteAsync(school.Id, true, parent.Id, ct);
        var unknownSchool = await switchModule.ExecuteAsync(9999, true, otherAdmin.Id, ct);

        Assert.All([byOtherAdmin, byParent, unknownSchool], o => Assert.Equal(SwitchModuleOutcome.NotAllowed, o));
        await using var db = app.CreateDbContext();
        Assert.False(await db.Schools.Where(s => s.Id == school.Id).Select(s => s.ParentModuleEnabled).SingleAsync(ct));
    }
}
