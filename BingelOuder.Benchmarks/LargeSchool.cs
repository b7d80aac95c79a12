using System.Diagnostics;
using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Benchmarks;

/// <summary>
/// One school of 1,000 pupils (50 classes of 20) with 1,000 exercise results each, spread over a
/// school year that ends on the benchmark's "now" (Friday 25 June 2027): the most a parent's
/// "this school year" can hold. About 60% of the results belong to one of the 120 tasks of the
/// pupil's class; the rest are free practice. Written with plain prepared inserts for speed.
/// </summary>
public sealed class LargeSchool
{
    public const int Classes = 50;
    public const int PupilsPerClass = 20;
    public const int ResultsPerPupil = 1000;
    public const int TasksPerClass = 120;
    public static readonly string[] Subjects = ["Wiskunde", "Nederlands", "Frans", "Wereldoriëntatie"];

    public static readonly DateTime NowUtc = SchoolTime.ToUtc(new DateTime(2027, 6, 25, 15, 0, 0));
    public static readonly DateTime YearStartUtc = SchoolTime.ToUtc(new DateTime(2026, 9, 1));

    public int SchoolId { get; private set; }

    public List<int> PupilIds { get; } = [];

    public Dictionary<int, string> Usernames { get; } = [];

    /// <summary>Task external ids per class index.</summary>
    public List<string> TaskIds { get; } = [];

    public static WebApplicationFactory<Program> App(BenchApp app) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<TimeProvider>(new BenchClock(new DateTimeOffset(NowUtc, TimeSpan.Zero)))));

    public static async Task<LargeSchool> FillAsync(WebApplicationFactory<Program> app, string databasePath)
    {
        _ = app.Services; // starts the app: the schema is migrated
        var watch = Stopwatch.StartNew();
        var school = new LargeSchool();
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext())
        {
            var entity = new School { Name = "Basisschool De Grote Eik", SchoolCode = "BENCH1", ParentModuleEnabled = true };
            db.Schools.Add(entity);
            db.Subjects.AddRange(Subjects.Select(s => new Subject { Name = s }));
            await db.SaveChangesAsync();
            school.SchoolId = entity.Id;
        }

        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA synchronous = OFF;");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var subjectIds = await SubjectIdsAsync(connection, transaction);
        var random = new Random(20260901);
        var yearTicks = (NowUtc - YearStartUtc).Ticks;

        for (var c = 0; c < Classes; c++)
        {
            var classId = await InsertClassAsync(connection, transaction, school.SchoolId, $"{c / 10 + 1}{(char)('A' + c % 10)}");
            var tasks = new List<(long Id, long SubjectId, DateTime Given)>();
            for (var t = 0; t < TasksPerClass; t++)
            {
                var subject = subjectIds[random.Next(subjectIds.Count)];
                var given = YearStartUtc.AddTicks(yearTicks * t / TasksPerClass);
                var externalId = $"bench-task-{c}-{t}";
                tasks.Add((await InsertTaskAsync(connection, transaction, school.SchoolId, classId, subject, externalId, given),
                    subject, given));
                school.TaskIds.Add(externalId);
            }

            await InsertPupilsAndResultsAsync(connection, transaction, school, classId, c, tasks, subjectIds, random, yearTicks);
        }

        await transaction.CommitAsync();
        await Execute(connection, "PRAGMA optimize; ANALYZE;");
        Console.WriteLine($"filled {Classes * PupilsPerClass} pupils and {Classes * PupilsPerClass * ResultsPerPupil:N0} "
            + $"results in {watch.Elapsed.TotalSeconds:F0} s");
        return school;
    }

    private static async Task InsertPupilsAndResultsAsync(
        SqliteConnection connection, SqliteTransaction transaction, LargeSchool school, long classId, int classIndex,
        List<(long Id, long SubjectId, DateTime Given)> tasks, List<long> subjectIds, Random random, long yearTicks)
    {
        await using var result = connection.CreateCommand();
        result.Transaction = transaction;
        result.CommandText = """
            INSERT INTO "ExerciseResults" ("SchoolId", "ExternalId", "PupilId", "SubjectId", "PracticeTaskId",
                "FinishedAtUtc", "Correct", "Total")
            VALUES ($school, $external, $pupil, $subject, $task, $finished, $correct, $total)
            """;
        var p = new[] { "$school", "$external", "$pupil", "$subject", "$task", "$finished", "$correct", "$total" }
            .Select(name => result.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        p[0].Value = school.SchoolId;

        for (var n = 1; n <= PupilsPerClass; n++)
        {
            var username = $"leerling.{classIndex}.{n}";
            var pupilId = await InsertPupilAsync(connection, transaction, school.SchoolId, classId, n, username);
            school.PupilIds.Add((int)pupilId);
            school.Usernames[(int)pupilId] = username;
            var ability = 0.5 + random.NextDouble() * 0.45;
            for (var i = 0; i < ResultsPerPupil; i++)
            {
                var finished = YearStartUtc.AddTicks(yearTicks * i / ResultsPerPupil + random.Next(0, 3_600) * TimeSpan.TicksPerSecond);
                var onTask = random.NextDouble() < 0.6;
                var task = tasks[Math.Min(tasks.Count - 1, Math.Max(0, (int)((finished - YearStartUtc).Ticks * TasksPerClass / yearTicks)))];
                var total = random.Next(5, 21);
                p[1].Value = $"bench-{pupilId}-{i}";
                p[2].Value = pupilId;
                p[3].Value = onTask ? task.SubjectId : subjectIds[random.Next(subjectIds.Count)];
                p[4].Value = onTask ? task.Id : DBNull.Value;
                p[5].Value = finished < NowUtc ? finished : NowUtc.AddMinutes(-1);
                p[6].Value = (int)Math.Round(total * Math.Clamp(ability + random.NextDouble() * 0.3 - 0.15, 0, 1));
                p[7].Value = total;
                await result.ExecuteNonQueryAsync();
            }
        }
    }

    private static async Task<List<long>> SubjectIdsAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """SELECT "Id" FROM "Subjects" ORDER BY "Id" """;
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static Task<long> InsertClassAsync(SqliteConnection c, SqliteTransaction t, int schoolId, string name) =>
        InsertAsync(c, t, """INSERT INTO "SchoolClasses" ("SchoolId", "Name") VALUES ($a, $b) RETURNING "Id" """, schoolId, name);

    private static Task<long> InsertTaskAsync(
        SqliteConnection c, SqliteTransaction t, int schoolId, long classId, long subjectId, string externalId, DateTime given) =>
        InsertAsync(c, t, """
            INSERT INTO "PracticeTasks" ("SchoolId", "ExternalId", "SchoolClassId", "SubjectId", "Title", "GivenAtUtc")
            VALUES ($a, $b, $c, $d, $e, $f) RETURNING "Id"
            """, schoolId, externalId, classId, subjectId, $"Taak {externalId}", given);

    private static Task<long> InsertPupilAsync(
        SqliteConnection c, SqliteTransaction t, int schoolId, long classId, int number, string username) =>
        InsertAsync(c, t, """
            INSERT INTO "Pupils" ("SchoolId", "SchoolClassId", "FirstName", "LastName", "ClassNumber", "Username",
                "ParentCodeProtected", "ParentCodeIssuedAtUtc")
            VALUES ($a, $b, $c, $d, $e, $f, $g, $h) RETURNING "Id"
            """, schoolId, classId, "Leerling", $"Nummer {number}", number, username, "not-used", YearStartUtc);

    private static async Task<long> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, params object[] values)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"${(char)('a' + i)}", values[i]);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
