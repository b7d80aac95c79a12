using System.Text;
using BingelOuder.Features.Printouts;
using BingelOuder.Features.SchoolAdmin.Import;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Benchmarks;

/// <summary>
/// Letters, labels and the Excel list for 1,000 pupils (50 classes of 20), as a download: rows
/// loaded, parent codes decrypted, the file built and the download audited.
/// </summary>
public sealed class PrintoutsBenchmark : IBenchmark
{
    private const int Classes = 50;
    private const int PerClass = 20;
    private const int Runs = 9;

    public string Name => "printouts";

    public string Description =>
        $"letters (< 2 s), labels (< 0.5 s) and the Excel list (< 1 s) for {Classes * PerClass:N0} pupils";

    public async Task RunAsync(string workFolder)
    {
        await using var app = new BenchApp(workFolder);
        var admin = await RosterSchool.SeedAsync(app, Classes);
        var file = RosterSchool.ClassList(Classes, PerClass);
        var applied = await app.Services.GetRequiredService<ImportRoster>().ApplyAsync(admin, file, "klaslijst.csv");
        SchoolAdminBenchmark.Check(applied.CanApply, "import");
        List<int> classIds;
        await using (var db = app.CreateDbContext())
        {
            classIds = await db.SchoolClasses.Select(c => c.Id).ToListAsync();
        }

        var download = app.Services.GetRequiredService<DownloadPrintout>();
        var user = RosterSchool.Principal(admin);
        var medians = new Dictionary<PrintoutKind, TimeSpan>();
        foreach (var kind in Enum.GetValues<PrintoutKind>())
        {
            PrintoutFile? last = null;
            medians[kind] = await Measure.MedianAsync($"{kind} for {Classes * PerClass:N0} pupils", Runs, async _ =>
            {
                last = await download.ForUserAsync(user, kind, classIds, []);
            });
            SchoolAdminBenchmark.Check(last is { Content.Length: > 0 }, kind.ToString());
            Console.WriteLine($"  {last!.FileName}: {last.Content.Length / 1024:N0} KB{PageCount(last)}");
        }

        Measure.Verdict("letters < 2 s", medians[PrintoutKind.Letters].TotalSeconds < 2);
        Measure.Verdict("labels < 0.5 s", medians[PrintoutKind.Labels].TotalSeconds < 0.5);
        Measure.Verdict("Excel list < 1 s", medians[PrintoutKind.List].TotalSeconds < 1);
    }

    // Counts the page objects of a PDF, to show the letters are one page a pupil.
    private static string PageCount(PrintoutFile file)
    {
        if (file.ContentType != "application/pdf")
        {
            return "";
        }

        var text = Encoding.Latin1.GetString(file.Content);
        var pages = System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page(?![s\w])");
        return $", {pages:N0} pages";
    }
}
