using System.Diagnostics;

namespace BingelOuder.Benchmarks;

/// <summary>Times repeated runs of one operation and reports the median and the process's peak memory.</summary>
public static class Measure
{
    public static async Task<TimeSpan> MedianAsync(string name, int runs, Func<int, Task> operation, int warmup = 2)
    {
        for (var i = 0; i < warmup; i++)
        {
            await operation(-1 - i);
        }

        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await operation(i);
            times.Add(watch.Elapsed);
        }

        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine(
            $"{name}: median {median.TotalMilliseconds:F1} ms, min {times[0].TotalMilliseconds:F1} ms, "
            + $"max {times[^1].TotalMilliseconds:F1} ms over {runs} runs");
        return median;
    }

    public static void ReportPeakMemory()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"peak memory (working set) of the process: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    public static void Verdict(string target, bool met) =>
        Console.WriteLine($"target {target}: {(met ? "met" : "NOT met")}");
}
