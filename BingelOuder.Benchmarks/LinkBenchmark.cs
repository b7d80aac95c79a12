using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Benchmarks;

/// <summary>
/// One link attempt (limits counted, code checked, link or failure recorded) on a school of
/// 1,000 pupils.
/// </summary>
public sealed class LinkBenchmark : IBenchmark
{
    private const int Pupils = 1000;
    private const int PerClass = 25;
    private const int Runs = 200;

    public string Name => "link";

    public string Description =>
        $"median time of one link attempt on a database of {Pupils:N0} pupils (target < 10 ms)";

    public async Task RunAsync(string workFolder)
    {
        await using var app = new BenchApp(workFolder);
        var codes = await SeedAsync(app);
        var parents = await AddParentsAsync(app, 2 * (Runs + 2));

        var linked = await Measure.MedianAsync("link with the right code", Runs, async i =>
        {
            var n = i + 2;
            await LinkAsync(app, parents[n], codes[n * 7 % Pupils], right: true, $"10.0.{n / 250}.{n % 250}");
        });
        var refused = await Measure.MedianAsync("link with a wrong code", Runs, async i =>
        {
            var n = Runs + 4 + i;
            await LinkAsync(app, parents[n], codes[n * 11 % Pupils], right: false, $"10.1.{n / 250}.{n % 250}");
        });

        Measure.Verdict("< 10 ms per link attempt", linked.TotalMilliseconds < 10 && refused.TotalMilliseconds < 10);
    }

    private static async Task LinkAsync(BenchApp app, string parentId, SeededPupil pupil, bool right, string address)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var code = right ? pupil.Code : pupil.Code[1..] + pupil.Code[0];
        var request = new LinkRequest(code, "BENCH1", pupil.ClassName, pupil.ClassNumber, ParentRelation.Parent);
        var linkChild = scope.ServiceProvider.GetRequiredService<LinkChild>();
        var result = await linkChild.ExecuteAsync(parentId, request, address);
        var expected = right ? LinkOutcome.Linked : LinkOutcome.Mismatch;
        if (result.Outcome != expected)
        {
            throw new InvalidOperationException($"Expected {expected}, got {result.Outcome}.");
        }
    }

    private static async Task<List<SeededPupil>> SeedAsync(BenchApp app)
    {
        var protector = app.Services.GetRequiredService<ParentCodeProtector>();
        await using var db = app.CreateDbContext();
        var school = new School { Name = "Benchmarkschool", SchoolCode = "BENCH1", ParentModuleEnabled = true };
        var seeded = new List<SeededPupil>();
        for (var c = 0; c < Pupils / PerClass; c++)
        {
            var schoolClass = new SchoolClass { Name = $"{c % 6 + 1}{(char)('A' + c / 6)}", School = school };
            school.Classes.Add(schoolClass);
            for (var number = 1; number <= PerClass; number++)
            {
                var code = ParentCodeGenerator.NewCode();
                schoolClass.Pupils.Add(new Pupil
                {
                    School = school, FirstName = "Kind", LastName = $"{c}-{number}", ClassNumber = number,
                    Username = $"bench.{c}.{number}", ParentCodeProtected = protector.Protect(code),
                    ParentCodeIssuedAtUtc = DateTime.UtcNow.AddDays(-1),
                });
                seeded.Add(new SeededPupil(schoolClass.Name, number, code));
            }
        }

        db.Schools.Add(school);
        await db.SaveChangesAsync();
        return seeded;
    }

    private static async Task<List<string>> AddParentsAsync(BenchApp app, int count)
    {
        await using var db = app.CreateDbContext();
        var parents = Enumerable.Range(0, count).Select(i => new AppUser
        {
            UserName = $"ouder{i}@bench.example", NormalizedUserName = $"OUDER{i}@BENCH.EXAMPLE",
            Email = $"ouder{i}@bench.example", NormalizedEmail = $"OUDER{i}@BENCH.EXAMPLE",
            EmailConfirmed = true, FirstName = "Ouder", LastName = $"{i}", CreatedAtUtc = DateTime.UtcNow,
            SecurityStamp = Guid.NewGuid().ToString(),
        }).ToList();
        db.Users.AddRange(parents);
        await db.SaveChangesAsync();
        return parents.Select(p => p.Id).ToList();
    }

    private sealed record SeededPupil(string ClassName, int ClassNumber, string Code);
}
