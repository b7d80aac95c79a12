using System.Net;
using System.Text;
using System.Text.Json;
using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Features.ResultsFeed;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Benchmarks;

/// <summary>POST /api/v1/results with batches of 1,000 new results into a school of 1,000,000 results.</summary>
public sealed class FeedBenchmark : IBenchmark
{
    private const int BatchSize = 1000;
    private const int Runs = 20;

    public string Name => "feed";

    public string Description =>
        "ingest a batch of 1,000 results over HTTP into 1,000,000 results (target: median under 200 ms)";

    public async Task RunAsync(string workFolder)
    {
        await using var bench = new BenchApp(workFolder);
        await using var app = LargeSchool.App(bench);
        var school = await LargeSchool.FillAsync(app, bench.DatabasePath);
        var key = await CreateKeyAsync(app.Services, school.SchoolId);
        var client = app.CreateClient();
        var random = new Random(7);
        var batches = Enumerable.Range(0, Runs + 2).Select(run => Batch(school, run, random)).ToList();

        var fresh = await Measure.MedianAsync("feed: batch of 1,000 new results", Runs,
            i => PostAsync(client, key, batches[i + 2], expectStored: BatchSize));
        var again = await Measure.MedianAsync("feed: the same batch sent again (all already stored)", Runs,
            i => PostAsync(client, key, batches[i + 2], expectStored: 0), warmup: 0);

        Measure.Verdict("feed median under 200 ms for a batch of 1,000", fresh.TotalMilliseconds < 200);
        Measure.Verdict("re-sent batch median under 200 ms", again.TotalMilliseconds < 200);
    }

    /// <summary>1,000 results of random pupils in the last week; 60% on an existing task, 10 on new tasks.</summary>
    private static string Batch(LargeSchool school, int run, Random random)
    {
        var results = Enumerable.Range(0, BatchSize).Select(i =>
        {
            var pupilId = school.PupilIds[random.Next(school.PupilIds.Count)];
            var total = random.Next(5, 21);
            string? taskId = null, taskTitle = null;
            if (i < 10)
            {
                (taskId, taskTitle) = ($"feed-task-{run}-{i}", $"Nieuwe taak {run}-{i}");
            }
            else if (random.NextDouble() < 0.6)
            {
                taskId = school.TaskIds[random.Next(school.TaskIds.Count)];
            }

            return new Dictionary<string, object?>
            {
                ["id"] = $"feed-{run}-{i}",
                ["pupilUsername"] = school.Usernames[pupilId],
                ["subject"] = LargeSchool.Subjects[random.Next(LargeSchool.Subjects.Length)],
                ["taskId"] = taskId,
                ["taskTitle"] = taskTitle,
                ["finishedAt"] = new DateTimeOffset(LargeSchool.NowUtc.AddMinutes(-random.Next(1, 7 * 24 * 60)), TimeSpan.Zero),
                ["correct"] = random.Next(0, total + 1),
                ["total"] = total,
            };
        });
        return JsonSerializer.Serialize(new { results });
    }

    private static async Task PostAsync(HttpClient client, string key, string json, int expectStored)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/results")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", key);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var stored = response.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(body).RootElement.GetProperty("stored").GetInt32()
            : -1;
        if (stored != expectStored)
        {
            throw new InvalidOperationException(
                $"Feed answered {(int)response.StatusCode} and stored {stored}: {body[..Math.Min(400, body.Length)]}");
        }
    }

    private static async Task<string> CreateKeyAsync(IServiceProvider services, int schoolId)
    {
        var admin = new AppUser
        {
            UserName = "beheer@bench.example", Email = "beheer@bench.example", EmailConfirmed = true,
            SchoolId = schoolId, CreatedAtUtc = LargeSchool.NowUtc,
        };
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Users.Add(admin);
            await db.SaveChangesAsync();
        }

        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateApiKey>().ExecuteAsync(admin.Id, "Benchmark");
        return created.Key!;
    }
}
