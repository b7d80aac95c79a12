using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using BingelOuder.Features.SchoolAdmin;
using BingelOuder.Features.SchoolAdmin.Links;
using BingelOuder.Features.SchoolAdmin.ParentModule;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.SchoolAdmin;

public sealed class LinksAndModuleStepTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_school_starts_with_the_module_off_and_the_switch_records_who_and_when()
    {
        await using var app = new ClockedTestApp();
        var school = await app.CreateSchoolAsync("NIEUW1", moduleOn: false);
        var adminUser = await app.CreateSchoolAdminAsync(school.Id, "griet@nieuw.example");
        var admin = new AdminContext(adminUser.Id, school.Id);
        var status = app.Service<GetParentModuleStatus>();
        Assert.False((await status.ExecuteAsync(admin, Ct)).Enabled);
        Assert.Null((await status.ExecuteAsync(admin, Ct)).ChangedAtUtc);

        var outcome = await app.Service<SwitchParentModule>().ExecuteAsync(school.Id, true, adminUser.Id, Ct);

        Assert.Equal(SwitchModuleOutcome.Switched, outcome);
        var after = await status.ExecuteAsync(admin, Ct);
        Assert.True(after.Enabled);
        Assert.Equal("Griet Beheer", after.ChangedByName);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, after.ChangedAtUtc);
        await using var db = app.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(
            e => e.Type == AuditEventTypes.ParentModuleSwitched && e.SchoolId == school.Id && e.UserId == adminUser.Id, Ct));
    }

    [Fact]
    public async Task The_links_overview_lists_each_linked_person_per_pupil_of_the_own_school_only()
    {
        await using var app = new ClockedTestApp();
        var school = await app.CreateSchoolAsync("EIGEN1", pupilsPerClass: 3, classNames: ["1A", "2A"]);
        var other = await app.CreateSchoolAsync("ANDER2", pupilsPerClass: 2);
        var adminUser = await app.CreateSchoolAdminAsync(school.Id, "griet@eigen.example");
        var parents = await app.CreateParentsAsync(3);
        var pupil = school.Pupil("2A", 2);
        await app.LinkAsync(parents[0], school.RequestFor(pupil));
        await app.LinkAsync(parents[1], school.RequestFor(pupil, ParentRelation.Grandparent));
        await app.LinkAsync(parents[2], other.RequestFor(other.Pupil("3A", 1)));

        var rows = await app.Service<ListSchoolLinks>().ExecuteAsync(new AdminContext(adminUser.Id, school.Id), null, Ct);

        Assert.Equal(6, rows.Count);
        Assert.Equal(["1A", "1A", "1A", "2A", "2A", "2A"], rows.Select(r => r.ClassName));
        var linked = Assert.Single(rows, r => r.People.Count > 0);
        Assert.Equal(pupil.Id, linked.PupilId);
        Assert.Equal(["ouder0@example.test", "ouder1@example.test"], linked.People.Select(p => p.Email));
        Assert.Equal([ParentRelation.Parent, ParentRelation.Grandparent], linked.People.Select(p => p.Relation));
        Assert.Equal("Voornaam0", linked.People[0].FirstName);
        Assert.DoesNotContain(rows, r => r.People.Any(p => p.Email == "ouder2@example.test"));
        var oneClass = await app.Service<ListSchoolLinks>().ExecuteAsync(
            new AdminContext(adminUser.Id, school.Id), rows[0].ClassId, Ct);
        Assert.All(oneClass, r => Assert.Equal("1A", r.ClassName));
        Assert.Equal(3, oneClass.Count);
    }

    [Fact]
    public async Task Undoing_a_link_removes_it_mails_the_person_over_smtp_and_is_refused_for_another_school()
    {
        await using var smtp = new SmtpSink();
        await using var app = new ClockedTestApp(settings: smtp.Settings());
        var school = await app.CreateSchoolAsync("EIGEN1");
        var other = await app.CreateSchoolAsync("ANDER2");
        var adminUser = await app.CreateSchoolAdminAsync(school.Id, "griet@eigen.example");
        var parent = (await app.CreateParentsAsync(1))[0];
        var pupil = school.Pupil("3A", 1);
        await app.LinkAsync(parent, school.RequestFor(pupil));
        int linkId;
        await using (var db = app.CreateDbContext())
        {
            linkId = await db.ParentLinks.Where(l => l.ParentId == parent.Id).Select(l => l.Id).SingleAsync(Ct);
        }

        var unlink = app.Service<UnlinkBySchool>();
        Assert.Equal(UnlinkBySchoolOutcome.NotFound, await unlink.ExecuteAsync(other.Id, linkId, adminUser.Id, Ct));
        await using (var db = app.CreateDbContext())
        {
            Assert.True(await db.ParentLinks.AnyAsync(l => l.Id == linkId, Ct));
        }

        var outcome = await unlink.ExecuteAsync(school.Id, linkId, adminUser.Id, Ct);

        Assert.Equal(UnlinkBySchoolOutcome.Unlinked, outcome);
        await using (var db = app.CreateDbContext())
        {
            Assert.False(await db.ParentLinks.AnyAsync(l => l.Id == linkId, Ct));
            Assert.True(await db.AuditEvents.AnyAsync(
                e => e.Type == AuditEventTypes.ParentUnlinked && e.PupilId == pupil.Id && e.UserId == adminUser.Id, Ct));
        }

        var mail = await smtp.WaitForAsync(parent.Email!);
        Assert.Equal($"Uw koppeling met {pupil.FirstName} is ongedaan gemaakt", mail.Subject);
        Assert.Contains("Basisschool EIGEN1 heeft de koppeling", mail.TextBody);
    }

    [Fact]
    public async Task Renewing_codes_from_the_links_step_makes_old_codes_fail_and_stays_inside_the_school()
    {
        await using var app = new ClockedTestApp();
        var school = await app.CreateSchoolAsync("EIGEN1", pupilsPerClass: 3);
        var other = await app.CreateSchoolAsync("ANDER2");
        var adminUser = await app.CreateSchoolAdminAsync(school.Id, "griet@eigen.example");
        var admin = new AdminContext(adminUser.Id, school.Id);
        var codes = app.Service<ManageParentCodes>();
        var parents = await app.CreateParentsAsync(3);

        Assert.False((await codes.RenewPupilAsync(admin, other.Pupil("3A", 1).Id, Ct)).Succeeded);
        await using (var db = app.CreateDbContext())
        {
            var otherClass = await db.SchoolClasses.Where(c => c.SchoolId == other.Id).Select(c => c.Id).SingleAsync(Ct);
            Assert.False((await codes.RenewClassAsync(admin, otherClass, Ct)).Succeeded);
        }

        Assert.Equal(LinkOutcome.Linked,
            (await app.LinkAsync(parents[2], other.RequestFor(other.Pupil("3A", 1)))).Outcome);

        Assert.True((await codes.RenewPupilAsync(admin, school.Pupil("3A", 1).Id, Ct)).Succeeded);
        Assert.NotEqual(LinkOutcome.Linked,
            (await app.LinkAsync(parents[0], school.RequestFor(school.Pupil("3A", 1)))).Outcome);

        int classId;
        await using (var db = app.CreateDbContext())
        {
            classId = await db.SchoolClasses.Where(c => c.SchoolId == school.Id).Select(c => c.Id).SingleAsync(Ct);
        }

        Assert.True((await codes.RenewClassAsync(admin, classId, Ct)).Succeeded);
        Assert.NotEqual(LinkOutcome.Linked,
            (await app.LinkAsync(parents[1], school.RequestFor(school.Pupil("3A", 2)))).Outcome);
    }
}
