using System.Diagnostics;
using BingelOuder.Features.Printouts;
using BingelOuder.Features.SchoolAdmin;
using BingelOuder.Features.SchoolAdmin.Import;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Benchmarks;

/// <summary>
/// The school admin's heavy steps on a school of 1,500 pupils: preview and import of the class list
/// (semicolon CSV, as administration software exports it), the same file again, and the letters for
/// the whole school.
/// </summary>
public sealed class SchoolAdminBenchmark : IBenchmark
{
    private const int Classes = 60;
    private const int PerClass = 25;
    private const int Runs = 7;

    public string Name => "school-admin";

    public string Description =>
        $"preview and import of a {Classes * PerClass:N0}-pupil class list, and whole-school letters (targets < 3 s)";

    public async Task RunAsync(string workFolder)
    {
        await using var app = new BenchApp(workFolder);
        var admin = await RosterSchool.SeedAsync(app, Classes);
        var file = RosterSchool.ClassList(Classes, PerClass);
        var import = app.Services.GetRequiredService<ImportRoster>();

        var imported = await MedianAsync($"preview + import of {Classes * PerClass:N0} new pupils", Runs,
            () => RemovePupilsAsync(app, admin.SchoolId),
            async () =>
            {
                var preview = await import.PreviewAsync(admin, file, "klaslijst.csv");
                Check(preview.CanApply && preview.Count(RosterChangeKind.Add) == Classes * PerClass, "preview");
                var applied = await import.ApplyAsync(admin, file, "klaslijst.csv");
                Check(applied.CanApply, "import");
            });

        await MedianAsync("preview of the same file again (nothing changes)", Runs, () => Task.CompletedTask,
            async () =>
            {
                var preview = await import.PreviewAsync(admin, file, "klaslijst.csv");
                Check(preview.Count(RosterChangeKind.Unchanged) == Classes * PerClass, "again");
            });

        var download = app.Services.GetRequiredService<DownloadPrintout>();
        var user = RosterSchool.Principal(admin);
        List<int> classIds;
        await using (var db = app.CreateDbContext())
        {
            classIds = await db.SchoolClasses.Select(c => c.Id).ToListAsync();
        }

        var letters = await MedianAsync($"letters for the whole school ({Classes * PerClass:N0} pages)", Runs,
            () => Task.CompletedTask,
            async () =>
            {
                var pdf = await download.ForUserAsync(user, PrintoutKind.Letters, classIds, []);
                Check(pdf is { Content.Length: > 0 }, "letters");
            });

        Measure.Verdict("< 3 s for preview and import", imported.TotalSeconds < 3);
        Measure.Verdict("< 3 s for the whole-school letters", letters.TotalSeconds < 3);
    }

    /// <summary>Like Measure.MedianAsync, with an untimed setup before every run.</summary>
    public static async Task<TimeSpan> MedianAsync(string name, int runs, Func<Task> setup, Func<Task> operation)
    {
        await setup();
        await operation();
        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            await setup();
            var watch = Stopwatch.StartNew();
            await operation();
            times.Add(watch.Elapsed);
        }

        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"{name}: median {median.TotalMilliseconds:F0} ms, min {times[0].TotalMilliseconds:F0} ms, "
            + $"max {times[^1].TotalMilliseconds:F0} ms over {runs} runs");
        return median;
    }

    public static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"The {what} step did not do what was expected.");
        }
    }

    private static async Task RemovePupilsAsync(BenchApp app, int schoolId)
    {
        await using var db = app.CreateDbContext();
        await db.Pupils.Where(p => p.SchoolId == schoolId).ExecuteDeleteAsync();
    }
}
