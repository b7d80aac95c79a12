using System.Diagnostics;
using System.Security.Claims;
using System.Text;
using BingelOuder.Domain;
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

    private static readonly string[] FirstNames =
        ["Amélie", "Rune", "Noor", "Wout", "Éloïse", "Lars", "Fien", "Mathéo", "Ines", "Jules", "Saar", "Ferre"];

    private static readonly string[] LastNames =
        ["Vandenbroucke", "De Smet", "Claeys", "Van Damme", "Peeters", "Maes", "Wouters", "D'Hondt", "Goossens"];

    public string Name => "school-admin";

    public string Description =>
        $"preview and import of a {Classes * PerClass:N0}-pupil class list, and whole-school letters (targets < 3 s)";

    public async Task RunAsync(string workFolder)
    {
        await using var app = new BenchApp(workFolder);
        var admin = await SeedSchoolAsync(app);
        var file = ClassList();
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
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, admin.UserId), new Claim(ClaimTypes.Role, Roles.SchoolAdmin)], "bench"));
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
    private static async Task<TimeSpan> MedianAsync(string name, int runs, Func<Task> setup, Func<Task> operation)
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

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"The {what} step did not do what was expected.");
        }
    }

    private static byte[] ClassList()
    {
        var csv = new StringBuilder("Klas;Klasnummer;Voornaam;Familienaam\r\n");
        for (var c = 0; c < Classes; c++)
        {
            for (var number = 1; number <= PerClass; number++)
            {
                var i = c * PerClass + number;
                csv.Append(ClassName(c)).Append(';').Append(number).Append(';')
                    .Append(FirstNames[i % FirstNames.Length]).Append(';')
                    .Append(LastNames[i * 7 % LastNames.Length]).Append(' ').Append(i).Append("\r\n");
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string ClassName(int c) => $"{c % 6 + 1}{(char)('A' + c / 6)}";

    private static async Task<AdminContext> SeedSchoolAsync(BenchApp app)
    {
        await using var db = app.CreateDbContext();
        var school = new School { Name = "Benchmarkschool", SchoolCode = "BENCH7", ParentModuleEnabled = true };
        for (var c = 0; c < Classes; c++)
        {
            school.Classes.Add(new SchoolClass { Name = ClassName(c), School = school });
        }

        var admin = new AppUser
        {
            UserName = "beheerder@bench.example", Email = "beheerder@bench.example", FirstName = "Bench",
            LastName = "Beheer", School = school,
        };
        db.Schools.Add(school);
        db.Users.Add(admin);
        await db.SaveChangesAsync();
        return new AdminContext(admin.Id, school.Id);
    }

    private static async Task RemovePupilsAsync(BenchApp app, int schoolId)
    {
        await using var db = app.CreateDbContext();
        await db.Pupils.Where(p => p.SchoolId == schoolId).ExecuteDeleteAsync();
    }
}
