using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Linking;

public sealed class TransparencyMailTests
{
    [Fact]
    public async Task People_already_linked_get_a_dutch_mail_naming_the_new_person_and_relation_with_a_report_link()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var school = await app.CreateSchoolAsync();
        var mother = await app.CreateParentAsync("moeder@example.test", "An", "Peeters");
        var father = await app.CreateParentAsync("vader@example.test", "Bart", "Janssens");
        var grandmother = await app.CreateParentAsync("oma@example.test", "Rita", "Claes");
        var pupil = school.Pupil("3A", 2);
        await app.LinkAsync(mother, school.RequestFor(pupil));
        await app.LinkAsync(father, school.RequestFor(pupil));

        var linked = await app.LinkAsync(grandmother, school.RequestFor(pupil, ParentRelation.Grandparent));

        foreach (var to in new[] { "moeder@example.test", "vader@example.test" })
        {
            var mail = await smtp.WaitForAsync(to, m => m.TextBody?.Contains("Rita Claes") == true);
            Assert.Equal("Rita Claes is nu ook gekoppeld aan Kind3A2", mail.Subject);
            Assert.Contains("als grootouder gekoppeld aan", mail.TextBody);
            Assert.Contains("klas 3A", mail.TextBody);
            Assert.Contains("Klopt dit niet?", mail.TextBody);
            Assert.Contains(school.Name, mail.TextBody);
            var report = MailText.LinkStartingWith(mail, "https://ouders.test.example/ouder/koppelen/melden/");
            Assert.EndsWith($"/{linked.LinkId}", report);
            Assert.Contains($"href=\"{report}\"", mail.HtmlBody);
            Assert.Contains("Rita Claes", mail.HtmlBody);
        }

        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == "oma@example.test"));
        Assert.Equal(3, smtp.Messages.Count);
    }

    [Fact]
    public async Task Names_in_the_mail_are_encoded_in_html()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var school = await app.CreateSchoolAsync();
        var first = await app.CreateParentAsync("eerste@example.test");
        var second = await app.CreateParentAsync("tweede@example.test", "<b>Eve</b>", "O'Neil");
        var pupil = school.Pupil("3A", 1);
        await app.LinkAsync(first, school.RequestFor(pupil));

        await app.LinkAsync(second, school.RequestFor(pupil, ParentRelation.Other));

        var mail = await smtp.WaitForAsync("eerste@example.test");
        Assert.Contains("&lt;b&gt;Eve&lt;/b&gt;", mail.HtmlBody);
        Assert.DoesNotContain("<b>Eve</b>", mail.HtmlBody);
        Assert.Contains("met een andere relatie tot het kind", mail.TextBody);
    }

    [Fact]
    public async Task A_linked_person_reports_a_link_to_the_school_once_and_strangers_find_nothing()
    {
        await using var smtp = new SmtpSink();
        await using var app = new TestApp(settings: smtp.Settings());
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync();
        await app.CreateSchoolAdminAsync(school.Id, "beheer@school.test");
        var mother = await app.CreateParentAsync("moeder@example.test", "An", "Peeters");
        var stranger = await app.CreateParentAsync("vreemde@example.test", "Vic", "Vreemd");
        var pupil = school.Pupil("3A", 1);
        await app.LinkAsync(mother, school.RequestFor(pupil));
        var suspect = await app.LinkAsync(stranger, school.RequestFor(pupil, ParentRelation.Guardian));
        var report = app.Service<ReportParentLink>();

        var seenByStranger = await report.FindAsync(stranger.Id, suspect.LinkId!.Value, ct);
        var seenByMother = await report.FindAsync(mother.Id, suspect.LinkId!.Value, ct);
        var reported = await report.ExecuteAsync(mother.Id, suspect.LinkId!.Value, ct);
        var reportedAgain = await report.ExecuteAsync(mother.Id, suspect.LinkId!.Value, ct);

        Assert.Null(seenByStranger);
        Assert.Equal(("Vic Vreemd", ParentRelation.Guardian), (seenByMother!.PersonName, seenByMother.Relation));
        Assert.True(reported);
        Assert.False(reportedAgain);
        var warning = await smtp.WaitForAsync("beheer@school.test");
        Assert.Contains("An Peeters meldt dat de koppeling van Vic Vreemd", warning.TextBody);
        await using var db = app.CreateDbContext();
        var recorded = await db.AuditEvents.SingleAsync(e => e.Type == AuditEventTypes.ParentLinkReported, ct);
        Assert.Equal((mother.Id, school.Id, pupil.Id), (recorded.UserId, recorded.SchoolId, recorded.PupilId));
    }

    [Fact]
    public async Task A_mail_server_that_is_down_does_not_undo_the_link()
    {
        await using var app = new TestApp(settings: new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1", ["Email:Smtp:Port"] = "1", ["Email:Smtp:Security"] = "None",
        });
        var school = await app.CreateSchoolAsync();
        var parents = await app.CreateParentsAsync(2);
        var pupil = school.Pupil("3A", 1);
        await app.LinkAsync(parents[0], school.RequestFor(pupil));

        var result = await app.LinkAsync(parents[1], school.RequestFor(pupil));

        Assert.Equal(LinkOutcome.Linked, result.Outcome);
        await using var db = app.CreateDbContext();
        Assert.Equal(2, await db.ParentLinks.CountAsync(TestContext.Current.CancellationToken));
    }
}
