namespace BingelOuder.Benchmarks;

/// <summary>Runs the named benchmark (or all), each in a fresh temporary folder with its own SQLite file.</summary>
public static class Runner
{
    public static async Task<int> Main(string[] args)
    {
        IBenchmark[] benchmarks =
        [
            new AccountTimingBenchmark(),
            new LinkBenchmark(),
            new SchoolAdminBenchmark(),
            new PrintoutsBenchmark(),
            new OverviewBenchmark(),
            new FeedBenchmark(),
        ];

        var name = args.FirstOrDefault();
        var chosen = benchmarks.Where(b => name is null || b.Name == name).ToList();
        if (chosen.Count == 0)
        {
            Console.Error.WriteLine($"Unknown benchmark '{name}'. Known: {string.Join(", ", benchmarks.Select(b => b.Name))}");
            return 2;
        }

        foreach (var benchmark in chosen)
        {
            var folder = Path.Combine(Path.GetTempPath(), "bingelouder-bench", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            Console.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
            try
            {
                await benchmark.RunAsync(folder);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Measure.ReportPeakMemory();
        return 0;
    }
}
