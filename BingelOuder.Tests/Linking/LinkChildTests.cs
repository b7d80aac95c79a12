using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Linking;

public sealed class LinkChildTests
{
    [Fact]
    public async Task Link_with_the_four_fields_links_the_child_and_names_first_name_and_class()
    {
        await using var app = new TestApp();
        var school = await app.CreateSchoolAsync();
        var parent = (await app.CreateParentsAsync(1))[0];
        var pupil = school.Pupil("3A", 2);

        var result = await app.LinkAsync(parent, school.RequestFor(pupil, ParentRelation.Guardian));

        Assert.Equal(LinkOutcome.Linked, result.Outcome);
        Assert.Equal(pupil.FirstName, result.ChildFirstName);
        Assert.Equal("3A", result.ClassName);
        await using var db = app.CreateDbContext();
        var link = await db.ParentLinks.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((parent.Id, pupil.Id, ParentRelation.Guardian), (link.ParentId, link.PupilId, link.Relation));
        Assert.Equal(result.LinkId, link.Id);
        Assert.True(await db.AuditEvents.AnyAsync(
            e => e.Type == AuditEventTypes.ParentLinked && e.PupilId == pupil.Id && e.UserId == parent.Id,
            TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_account_deleted_while_its_page_was_open_links_nothing_and_counts_no_attempt()
    {
        await using var app = new TestApp();
        var school = await app.CreateSchoolAsync();
        var parent = (await app.CreateParentsAsync(1))[0];
        await using (var db = app.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == parent.Id).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        }

        var result = await app.LinkAsync(parent, school.RequestFor(school.Pupil("3A", 2)));

        Assert.Equal(LinkOutcome.AccountGone, result.Outcome);
        await using var check = app.CreateDbContext();
        Assert.False(await check.ParentLinks.AnyAsync(TestContext.Current.CancellationToken));
        Assert.False(await check.LinkAttempts.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("demo 01")]
    [InlineData("dem0o1")]
    [InlineData("DEM-001")]
    public async Task Typed_input_in_lower_case_with_spaces_dashes_and_look_alikes_links_through_the_form_rules(
        string typedSchoolCode)
    {
        await using var app = new TestApp();
        var school = await app.CreateSchoolAsync(schoolCode: "DEMO01");
        var parent = (await app.CreateParentsAsync(1))[0];
        var pupil = school.Pupil("3A", 3);
        var input = new LinkChildInput
        {
            ParentCode = " " + ParentCodeFormat.Display(pupil.Code).ToLowerInvariant().Replace("-", " - "),
            SchoolCode = typedSchoolCode, ClassName = "3a", ClassNumber = " 3", Relation = ParentRelation.Parent,
        };

        var result = await app.LinkAsync(parent, input.Check().Request!);

        Assert.Equal(LinkOutcome.Linked, result.Outcome);
    }

    [Fact]
    public async Task Every_mismatch_is_answered_the_same_and_recorded_without_the_code()
    {
        await using var app = new ClockedTestApp();
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync(classNames: ["3A", "4A"]);
        await app.CreateSchoolAsync(schoolCode: "ANDER1");
        var pupil = school.Pupil("3A", 2);
        var other = school.Pupil("3A", 3);
        var left = school.Pupil("4A", 1);
        await using (var db = app.CreateDbContext())
        {
            // A pupil who left the school is removed from the roster, code and all.
            await db.Pupils.Where(p => p.Id == left.Id).ExecuteDeleteAsync(ct);
        }

        var good = school.RequestFor(pupil);
        LinkRequest[] mismatches =
        [
            good with { ParentCode = pupil.WrongCode() },
            good with { ParentCode = other.Code },
            good with { SchoolCode = "ONBEK1" },
            good with { SchoolCode = "ANDER1" },
            good with { ClassName = "4A" },
            good with { ClassName = "9Z" },
            good with { ClassNumber = 3 },
            good with { ClassNumber = 99 },
            school.RequestFor(left),
        ];
        var parents = await app.CreateParentsAsync(mismatches.Length);

        var results = new List<LinkResult>();
        for (var i = 0; i < mismatches.Length; i++)
        {
            results.Add(await app.LinkAsync(parents[i], mismatches[i]));
        }

        var now = app.Clock.GetUtcNow().UtcDateTime;
        Assert.All(results, r => Assert.Equal(LinkOutcome.Mismatch, r.Outcome));
        Assert.Single(results.Select(r => LinkResultText.For(r, now)).Distinct());
        Assert.All(results, r => Assert.Null(r.ChildFirstName));
        await using var after = app.CreateDbContext();
        Assert.Equal(mismatches.Length, await after.LinkAttempts.CountAsync(ct));
        Assert.Equal(0, await after.ParentLinks.CountAsync(ct));
        var stored = string.Join("|", await after.AuditEvents.Select(e => e.Details ?? "").ToListAsync(ct));
        Assert.All(mismatches, m => Assert.DoesNotContain(m.ParentCode, stored));
        var logs = string.Join("|", app.Logs.Lines);
        Assert.Contains("Failed link attempt", logs);
        Assert.All(mismatches, m => Assert.DoesNotContain(m.ParentCode, logs));
    }

    [Fact]
    public async Task Linking_the_same_child_twice_says_already_linked_and_keeps_one_link()
    {
        await using var app = new TestApp();
        var school = await app.CreateSchoolAsync();
        var parent = (await app.CreateParentsAsync(1))[0];
        var request = school.RequestFor(school.Pupil("3A", 1));
        await app.LinkAsync(parent, request);

        var again = await app.LinkAsync(parent, request with { Relation = ParentRelation.Other });

        Assert.Equal(LinkOutcome.AlreadyLinked, again.Outcome);
        Assert.Equal("Kind3A1", again.ChildFirstName);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.ParentLinks.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.LinkAttempts.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Several_people_link_to_one_child_with_the_same_code()
    {
        await using var app = new TestApp();
        var school = await app.CreateSchoolAsync();
        var parents = await app.CreateParentsAsync(3);
        var request = school.RequestFor(school.Pupil("3A", 4));

        var results = new List<LinkResult>();
        foreach (var parent in parents)
        {
            results.Add(await app.LinkAsync(parent, request));
        }

        Assert.All(results, r => Assert.Equal(LinkOutcome.Linked, r.Outcome));
        await using var db = app.CreateDbContext();
        Assert.Equal(3, await db.ParentLinks.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_parent_undoes_their_own_link_but_not_someone_elses()
    {
        await using var app = new TestApp();
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync();
        var parents = await app.CreateParentsAsync(2);
        var request = school.RequestFor(school.Pupil("3A", 1));
        var mine = await app.LinkAsync(parents[0], request);
        var theirs = await app.LinkAsync(parents[1], request);
        var unlink = app.Service<UnlinkChild>();

        var stolen = await unlink.ExecuteAsync(parents[0].Id, theirs.LinkId!.Value, ct);
        var undone = await unlink.ExecuteAsync(parents[0].Id, mine.LinkId!.Value, ct);

        Assert.False(stolen);
        Assert.True(undone);
        await using var db = app.CreateDbContext();
        Assert.Equal([parents[1].Id], await db.ParentLinks.Select(l => l.ParentId).ToListAsync(ct));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.ParentUnlinked, ct));
        Assert.Empty(await app.Service<ListLinkedChildren>().ForParentAsync(parents[0].Id, ct));
        var relinked = await app.LinkAsync(parents[0], request);
        Assert.Equal(LinkOutcome.Linked, relinked.Outcome);
    }

    [Fact]
    public async Task The_parents_list_shows_each_linked_child_with_class_school_and_module_state()
    {
        await using var app = new TestApp();
        var on = await app.CreateSchoolAsync(schoolCode: "AAN001");
        var off = await app.CreateSchoolAsync(schoolCode: "UIT001");
        var parent = (await app.CreateParentsAsync(1))[0];
        await app.LinkAsync(parent, on.RequestFor(on.Pupil("3A", 1)));
        await app.LinkAsync(parent, off.RequestFor(off.Pupil("3A", 2), ParentRelation.Grandparent));
        await using (var db = app.CreateDbContext())
        {
            await db.Schools.Where(s => s.Id == off.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ParentModuleEnabled, false),
                    TestContext.Current.CancellationToken);
        }

        var children = await app.Service<ListLinkedChildren>()
            .ForParentAsync(parent.Id, TestContext.Current.CancellationToken);

        Assert.Equal(2, children.Count);
        Assert.Contains(children, c => c.FirstName == "Kind3A1" && c.SchoolName == on.Name && c.ParentModuleEnabled);
        Assert.Contains(children, c => c.FirstName == "Kind3A2" && !c.ParentModuleEnabled
            && c.Relation == ParentRelation.Grandparent);
    }

    [Fact]
    public async Task A_renewed_code_makes_the_old_one_fail_at_once_and_the_new_one_work()
    {
        await using var app = new TestApp();
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync();
        var parents = await app.CreateParentsAsync(2);
        var pupil = school.Pupil("3A", 1);
        await app.LinkAsync(parents[0], school.RequestFor(pupil));

        await app.Service<RenewParentCode>().ForPupilAsync(pupil.Id, "admin", ct);

        var withOld = await app.LinkAsync(parents[1], school.RequestFor(pupil));
        string newCode;
        await using (var db = app.CreateDbContext())
        {
            var stored = await db.Pupils.SingleAsync(p => p.Id == pupil.Id, ct);
            newCode = app.Service<ParentCodeProtector>().Reveal(stored.ParentCodeProtected);
        }

        var withNew = await app.LinkAsync(parents[1], school.RequestFor(pupil) with { ParentCode = newCode });
        Assert.Equal(LinkOutcome.Mismatch, withOld.Outcome);
        Assert.Equal(LinkOutcome.Linked, withNew.Outcome);
        await using var after = app.CreateDbContext();
        Assert.Equal(2, await after.ParentLinks.CountAsync(l => l.PupilId == pupil.Id, ct));
    }
}
