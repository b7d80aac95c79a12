using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Features.Overview;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Benchmarks;

/// <summary>The parent overview of one child (all its queries and the audit insert) on a large school.</summary>
public sealed class OverviewBenchmark : IBenchmark
{
    private const int Parents = 100;
    private const int Runs = 300;

    public string Name => "overview";

    public string Description =>
        "one child's overview on 1,000 pupils and 1,000,000 results (target: median under 20 ms)";

    public async Task RunAsync(string workFolder)
    {
        await using var bench = new BenchApp(workFolder);
        await using var app = LargeSchool.App(bench);
        var school = await LargeSchool.FillAsync(app, bench.DatabasePath);
        var links = await LinkParentsAsync(app.Services, school);

        await using var scope = app.Services.CreateAsyncScope();
        var overview = scope.ServiceProvider.GetRequiredService<GetChildOverview>();
        var sample = await overview.ExecuteAsync(links[0].ParentId, links[0].PupilId, PeriodKind.ThisSchoolYear);
        Console.WriteLine($"a child's school year holds {sample.Overview!.ExercisesMade} exercises "
            + $"and {sample.Overview.TasksGiven} tasks");

        var medians = new Dictionary<PeriodKind, TimeSpan>();
        foreach (var kind in Enum.GetValues<PeriodKind>())
        {
            medians[kind] = await Measure.MedianAsync($"overview {kind}", Runs, async i =>
            {
                var (parentId, pupilId) = links[(i + Runs) % links.Count];
                var result = await overview.ExecuteAsync(parentId, pupilId, kind);
                if (result.Status != ChildOverviewStatus.Shown)
                {
                    throw new InvalidOperationException($"Overview not shown: {result.Status}");
                }
            });
        }

        Measure.Verdict("overview median under 20 ms for every period", medians.Values.All(m => m.TotalMilliseconds < 20));
    }

    private static async Task<List<(string ParentId, int PupilId)>> LinkParentsAsync(IServiceProvider services, LargeSchool school)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var links = new List<(string, int)>();
        for (var i = 0; i < Parents; i++)
        {
            var email = $"ouder.{i}@bench.example";
            var parent = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
                NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, CreatedAtUtc = LargeSchool.NowUtc,
            };
            var pupilId = school.PupilIds[i * school.PupilIds.Count / Parents];
            db.Users.Add(parent);
            db.ParentLinks.Add(new ParentLink { ParentId = parent.Id, PupilId = pupilId, LinkedAtUtc = LargeSchool.NowUtc });
            links.Add((parent.Id, pupilId));
        }

        await db.SaveChangesAsync();
        return links;
    }
}
