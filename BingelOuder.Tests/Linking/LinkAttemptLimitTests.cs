using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Linking;

public sealed class LinkAttemptLimitTests
{
    [Fact]
    public async Task Five_failures_of_an_account_block_it_for_fifteen_minutes_even_with_the_right_code()
    {
        await using var app = new ClockedTestApp();
        var school = await app.CreateSchoolAsync();
        var parent = (await app.CreateParentsAsync(1))[0];
        var pupil = school.Pupil("3A", 1);
        var wrong = school.RequestFor(pupil) with { ParentCode = pupil.WrongCode() };
        var firstFailureAt = app.Clock.GetUtcNow().UtcDateTime;
        var failures = new List<LinkResult>();
        for (var i = 0; i < 5; i++)
        {
            failures.Add(await app.LinkAsync(parent, wrong, $"198.51.100.{i}"));
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var blocked = await app.LinkAsync(parent, school.RequestFor(pupil), "198.51.100.99");

        Assert.Equal([4, 3, 2, 1, 0], failures.Select(f => f.AttemptsLeft));
        Assert.Equal(firstFailureAt.AddMinutes(15), failures[^1].RetryAtUtc);
        Assert.Equal(LinkOutcome.TooManyAttempts, blocked.Outcome);
        Assert.Equal(firstFailureAt.AddMinutes(15), blocked.RetryAtUtc);
        Assert.Contains("vanaf", LinkResultText.For(blocked, app.Clock.GetUtcNow().UtcDateTime));

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        var released = await app.LinkAsync(parent, school.RequestFor(pupil), "198.51.100.99");

        Assert.Equal(LinkOutcome.Linked, released.Outcome);
    }

    [Fact]
    public async Task Twenty_failures_from_one_address_block_it_for_an_hour_for_every_account()
    {
        await using var app = new ClockedTestApp();
        var school = await app.CreateSchoolAsync();
        var parents = await app.CreateParentsAsync(6);
        var pupil = school.Pupil("3A", 1);
        var wrong = school.RequestFor(pupil) with { ClassNumber = 99 };
        for (var i = 0; i < 20; i++)
        {
            await app.LinkAsync(parents[i / 4], wrong, "203.0.113.5");
        }

        var sameAddress = await app.LinkAsync(parents[5], school.RequestFor(pupil), "203.0.113.5");
        var otherAddress = await app.LinkAsync(parents[5], school.RequestFor(pupil), "203.0.113.6");

        Assert.Equal(LinkOutcome.TooManyAttempts, sameAddress.Outcome);
        Assert.Equal(LinkOutcome.Linked, otherAddress.Outcome);

        app.Clock.Advance(TimeSpan.FromHours(1));
        var released = await app.LinkAsync(parents[4], school.RequestFor(pupil), "203.0.113.5");

        Assert.Equal(LinkOutcome.Linked, released.Outcome);
    }

    [Fact]
    public async Task Ten_failures_on_one_pupil_freeze_it_warn_the_school_once_and_thaw_after_an_hour()
    {
        await using var smtp = new SmtpSink();
        await using var app = new ClockedTestApp(settings: smtp.Settings());
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync();
        await app.CreateSchoolAdminAsync(school.Id, "beheer@school.test");
        var attackers = await app.CreateParentsAsync(4, "aanvaller");
        var parent = (await app.CreateParentsAsync(1))[0];
        var pupil = school.Pupil("3A", 2);
        for (var i = 0; i < 10; i++)
        {
            await app.LinkAsync(attackers[i / 3], school.RequestFor(pupil) with { ParentCode = pupil.WrongCode() },
                $"198.51.100.{i}");
        }

        var frozen = await app.LinkAsync(parent, school.RequestFor(pupil), "192.0.2.200");
        var neighbour = await app.LinkAsync(parent, school.RequestFor(school.Pupil("3A", 3)), "192.0.2.200");

        Assert.Equal(LinkOutcome.PupilFrozen, frozen.Outcome);
        Assert.Null(frozen.ChildFirstName);
        Assert.Equal(LinkOutcome.Linked, neighbour.Outcome);
        var warning = await smtp.WaitForAsync("beheer@school.test");
        Assert.Contains("Kind3A2", warning.Subject);
        Assert.Contains("geblokkeerd", warning.TextBody);
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(1, await db.AuditEvents.CountAsync(
                e => e.Type == AuditEventTypes.PupilFrozenForLinking && e.PupilId == pupil.Id, ct));
            var alerts = await app.Service<GetLinkingAlerts>().ForSchoolAsync(school.Id, TimeSpan.FromDays(1),
                cancellationToken: ct);
            Assert.Equal([pupil.Id], alerts.FrozenPupils.Select(p => p.PupilId));
            Assert.Equal(11, alerts.RecentFailures.Count);
            Assert.Equal(1, alerts.RecentFailures.Count(f => f.WhileFrozen));
            Assert.All(alerts.RecentFailures, f => Assert.NotNull(f.PersonEmail));
        }

        app.Clock.Advance(TimeSpan.FromHours(1));
        var thawed = await app.LinkAsync(parent, school.RequestFor(pupil), "192.0.2.200");

        Assert.Equal(LinkOutcome.Linked, thawed.Outcome);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task Renewing_the_code_of_a_frozen_pupil_lifts_the_freeze()
    {
        await using var app = new ClockedTestApp();
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync();
        var attackers = await app.CreateParentsAsync(2, "aanvaller");
        var parent = (await app.CreateParentsAsync(1))[0];
        var pupil = school.Pupil("3A", 1);
        for (var i = 0; i < 10; i++)
        {
            await app.LinkAsync(attackers[i / 5], school.RequestFor(pupil) with { ParentCode = pupil.WrongCode() },
                $"198.51.100.{i}");
        }

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.Service<RenewParentCode>().ForPupilAsync(pupil.Id, "admin", ct);
        string newCode;
        await using (var db = app.CreateDbContext())
        {
            newCode = app.Service<ParentCodeProtector>()
                .Reveal((await db.Pupils.SingleAsync(p => p.Id == pupil.Id, ct)).ParentCodeProtected);
        }

        var result = await app.LinkAsync(parent, school.RequestFor(pupil) with { ParentCode = newCode });

        Assert.Equal(LinkOutcome.Linked, result.Outcome);
    }

    [Fact]
    public async Task The_limits_hold_across_an_app_restart()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var folder = Path.Combine(Path.GetTempPath(), "bingelouder-tests", Guid.NewGuid().ToString("N"));
        LinkingWorld.TestSchool school;
        string parentId;
        await using (var first = new ClockedTestApp(clock, folder: folder))
        {
            school = await first.CreateSchoolAsync();
            parentId = (await first.CreateParentsAsync(1))[0].Id;
            var pupil = school.Pupil("3A", 1);
            for (var i = 0; i < 5; i++)
            {
                await first.LinkAsync(parentId, school.RequestFor(pupil) with { ParentCode = pupil.WrongCode() });
            }
        }

        await using var second = new ClockedTestApp(clock, folder: folder);
        var result = await second.LinkAsync(parentId, school.RequestFor(school.Pupil("3A", 1)));

        Assert.Equal(LinkOutcome.TooManyAttempts, result.Outcome);
    }

    [Fact]
    public async Task An_attacker_with_a_script_is_stopped_long_before_a_code_could_be_guessed()
    {
        await using var app = new ClockedTestApp();
        var school = await app.CreateSchoolAsync();
        var accounts = await app.CreateParentsAsync(10, "script");
        var pupil = school.Pupil("3A", 1);
        var checkedCodes = 0;

        // One address, ten accounts, a guess every second for two hours.
        for (var second = 0; second < 2 * 3600; second += 30)
        {
            var result = await app.LinkAsync(accounts[second / 30 % 10],
                school.RequestFor(pupil) with { ParentCode = pupil.WrongCode() }, "198.51.100.66");
            checkedCodes += result.Outcome == LinkOutcome.Mismatch ? 1 : 0;
            app.Clock.Advance(TimeSpan.FromSeconds(30));
        }

        // 20 per hour at most; against 31^10 codes that is a chance of about 1 in 10^13 per year.
        Assert.InRange(checkedCodes, 1, 40);
        var perYear = checkedCodes / 2.0 * 24 * 365;
        Assert.True(perYear / Math.Pow(ParentCodeFormat.Alphabet.Length, ParentCodeFormat.Length) < 1e-9);
    }
}
