using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Linking;

/// <summary>Fifty link attempts at once on a real SQLite file: no lock errors, and every count exact.</summary>
public sealed class ParallelLinkTests
{
    private const int Parallel = 50;

    [Fact]
    public async Task Fifty_parents_linking_at_once_each_get_their_child_and_fifty_wrong_guesses_are_all_counted()
    {
        await using var app = new TestApp();
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync(pupilsPerClass: 25, classNames: ["3A", "4A"]);
        var parents = await app.CreateParentsAsync(2 * Parallel);
        var attempts = Enumerable.Range(0, Parallel).SelectMany(i => new Func<Task<LinkResult>>[]
        {
            () => app.LinkAsync(parents[i], school.RequestFor(school.Pupils[i]), $"198.51.100.{i}"),
            () => app.LinkAsync(parents[Parallel + i],
                school.RequestFor(school.Pupils[i]) with { ParentCode = school.Pupils[i].WrongCode() },
                $"203.0.113.{i}"),
        });

        var results = await Task.WhenAll(attempts.Select(a => Task.Run(a, ct)));

        Assert.Equal(Parallel, results.Count(r => r.Outcome == LinkOutcome.Linked));
        Assert.Equal(Parallel, results.Count(r => r.Outcome == LinkOutcome.Mismatch));
        await using var db = app.CreateDbContext();
        Assert.Equal(Parallel, await db.ParentLinks.CountAsync(ct));
        Assert.Equal(Parallel, await db.LinkAttempts.CountAsync(ct));
        Assert.Equal(Parallel, await db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.ParentLinked, ct));
    }

    [Fact]
    public async Task Fifty_wrong_guesses_at_once_from_one_account_record_exactly_five_failures()
    {
        await using var app = new TestApp();
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync(pupilsPerClass: 25);
        var attacker = (await app.CreateParentsAsync(1))[0];

        var results = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => Task.Run(() =>
            app.LinkAsync(attacker, school.RequestFor(school.Pupils[i % 25]) with
            {
                ParentCode = school.Pupils[i % 25].WrongCode(),
            }, $"198.51.100.{i}"), ct)));

        Assert.Equal(5, results.Count(r => r.Outcome == LinkOutcome.Mismatch));
        Assert.Equal(Parallel - 5, results.Count(r => r.Outcome == LinkOutcome.TooManyAttempts));
        await using var db = app.CreateDbContext();
        Assert.Equal(5, await db.LinkAttempts.CountAsync(ct));
    }

    [Fact]
    public async Task Fifty_wrong_guesses_at_once_on_one_pupil_freeze_it_after_exactly_ten()
    {
        await using var app = new TestApp();
        var ct = TestContext.Current.CancellationToken;
        var school = await app.CreateSchoolAsync();
        var attackers = await app.CreateParentsAsync(Parallel, "aanvaller");
        var pupil = school.Pupil("3A", 1);

        var results = await Task.WhenAll(attackers.Select((a, i) => Task.Run(() =>
            app.LinkAsync(a, school.RequestFor(pupil) with { ParentCode = pupil.WrongCode() }, $"198.51.100.{i}"),
            ct)));

        Assert.Equal(10, results.Count(r => r.Outcome == LinkOutcome.Mismatch));
        Assert.Equal(Parallel - 10, results.Count(r => r.Outcome == LinkOutcome.PupilFrozen));
        await using var db = app.CreateDbContext();
        Assert.Equal(10, await db.LinkAttempts.CountAsync(a => a.Reason == LinkAttemptReason.Mismatch, ct));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.PupilFrozenForLinking, ct));
    }
}
