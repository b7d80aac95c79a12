using System.Data.Common;
using BingelOuder.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BingelOuder.Features.ResultsFeed;

/// <summary>
/// Stores the checked items of a batch for one school. A result id already stored (earlier, or
/// earlier in the same batch) is skipped, so a batch can safely be sent again. (Known gap: a resent
/// id with other content is skipped as well, without a problem that says the content differed.) Subjects are found
/// by name and made when new; a task is made the first time its id is seen, for the class of the
/// pupil who made it.
/// </summary>
/// <remarks>
/// Reads happen first; the writes then run in one short transaction with prepared statements and
/// INSERT ... ON CONFLICT DO NOTHING, which keeps a batch of 1,000 well within a few tens of
/// milliseconds and stays correct when two batches with the same ids arrive at once. The SQL is
/// plain enough to run unchanged on PostgreSQL.
/// </remarks>
public sealed class IngestResults(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IngestReport> ExecuteAsync(
        int schoolId, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken = default)
    {
        var problems = new List<FeedItemProblem>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var pupils = await FindPupilsAsync(db, schoolId, items, cancellationToken);
        var accepted = new List<(FeedItem Item, PupilRef Pupil)>(items.Count);
        foreach (var item in items)
        {
            if (pupils.TryGetValue(item.PupilUsername, out var pupil))
            {
                accepted.Add((item, pupil));
            }
            else
            {
                problems.Add(new FeedItemProblem(item.Index, item.ResultId, FeedProblemType.UnknownPupil,
                    $"No pupil with username \"{item.PupilUsername}\" at this school.", "pupilUsername"));
            }
        }

        var knownTasks = await FindTasksAsync(db, schoolId, accepted.Select(a => a.Item), cancellationToken);
        accepted = RejectNewTasksWithoutTitle(accepted, knownTasks, problems);
        if (accepted.Count == 0)
        {
            return new IngestReport(0, 0, problems);
        }

        var subjects = await LoadSubjectsAsync(db, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        await AddMissingSubjectsAsync(connection, dbTransaction, subjects, accepted, cancellationToken);
        await AddMissingTasksAsync(connection, dbTransaction, schoolId, knownTasks, subjects, accepted, cancellationToken);
        var stored = await InsertResultsAsync(
            connection, dbTransaction, schoolId, knownTasks, subjects, accepted, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new IngestReport(stored, accepted.Count - stored, problems);
    }

    private sealed record PupilRef(int Id, int SchoolClassId);

    private static async Task<Dictionary<string, PupilRef>> FindPupilsAsync(
        AppDbContext db, int schoolId, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken)
    {
        var usernames = items.Select(i => i.PupilUsername).Distinct(StringComparer.Ordinal).ToList();
        return await db.Pupils.AsNoTracking()
            .Where(p => p.SchoolId == schoolId && usernames.Contains(p.Username))
            .ToDictionaryAsync(p => p.Username, p => new PupilRef(p.Id, p.SchoolClassId), StringComparer.Ordinal,
                cancellationToken);
    }

    private static async Task<Dictionary<string, int>> FindTasksAsync(
        AppDbContext db, int schoolId, IEnumerable<FeedItem> items, CancellationToken cancellationToken)
    {
        var taskIds = items.Where(i => i.TaskId is not null).Select(i => i.TaskId!)
            .Distinct(StringComparer.Ordinal).ToList();
        if (taskIds.Count == 0)
        {
            return new Dictionary<string, int>(StringComparer.Ordinal);
        }

        return await db.PracticeTasks.AsNoTracking()
            .Where(t => t.SchoolId == schoolId && taskIds.Contains(t.ExternalId))
            .ToDictionaryAsync(t => t.ExternalId, t => t.Id, StringComparer.Ordinal, cancellationToken);
    }

    private static List<(FeedItem Item, PupilRef Pupil)> RejectNewTasksWithoutTitle(
        List<(FeedItem Item, PupilRef Pupil)> accepted, Dictionary<string, int> knownTasks,
        List<FeedItemProblem> problems)
    {
        var titled = accepted.Where(a => a.Item is { TaskId: not null, TaskTitle: not null })
            .Select(a => a.Item.TaskId!).ToHashSet(StringComparer.Ordinal);
        var kept = new List<(FeedItem Item, PupilRef Pupil)>(accepted.Count);
        foreach (var entry in accepted)
        {
            var taskId = entry.Item.TaskId;
            if (taskId is not null && !knownTasks.ContainsKey(taskId) && !titled.Contains(taskId))
            {
                problems.Add(new FeedItemProblem(entry.Item.Index, entry.Item.ResultId, FeedProblemType.TaskTitleMissing,
                    $"Task \"{taskId}\" is new here: send its taskTitle with at least one of its results.", "taskTitle"));
                continue;
            }

            kept.Add(entry);
        }

        return kept;
    }

    private static async Task<Dictionary<string, int>> LoadSubjectsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var subjects = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var subject in await db.Subjects.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken))
        {
            subjects.TryAdd(subject.Name, subject.Id);
        }

        return subjects;
    }

    private static async Task AddMissingSubjectsAsync(
        DbConnection connection, DbTransaction transaction, Dictionary<string, int> subjects,
        List<(FeedItem Item, PupilRef Pupil)> accepted, CancellationToken cancellationToken)
    {
        var missing = accepted.Select(a => a.Item.Subject).Where(name => !subjects.ContainsKey(name))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var name in missing)
        {
            await using var insert = Command(connection, transaction,
                """INSERT INTO "Subjects" ("Name") VALUES (@name) ON CONFLICT ("Name") DO NOTHING""",
                ("@name", name));
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await using var select = Command(connection, transaction,
                """SELECT "Id" FROM "Subjects" WHERE "Name" = @name""", ("@name", name));
            subjects[name] = Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken));
        }
    }

    private static async Task AddMissingTasksAsync(
        DbConnection connection, DbTransaction transaction, int schoolId, Dictionary<string, int> tasks,
        Dictionary<string, int> subjects, List<(FeedItem Item, PupilRef Pupil)> accepted,
        CancellationToken cancellationToken)
    {
        var newTasks = accepted.Where(a => a.Item.TaskId is not null && !tasks.ContainsKey(a.Item.TaskId))
            .GroupBy(a => a.Item.TaskId!, StringComparer.Ordinal);
        foreach (var task in newTasks)
        {
            var first = task.First(a => a.Item.TaskTitle is not null);

            // The feed need not say when a task was given; its earliest result then stands in.
            var givenAt = task.Select(a => a.Item.TaskGivenAtUtc).FirstOrDefault(g => g is not null)
                ?? task.Min(a => a.Item.FinishedAtUtc);
            await using var insert = Command(connection, transaction,
                """
                INSERT INTO "PracticeTasks" ("SchoolId", "ExternalId", "SchoolClassId", "SubjectId", "Title", "GivenAtUtc")
                VALUES (@school, @external, @class, @subject, @title, @given)
                ON CONFLICT ("SchoolId", "ExternalId") DO NOTHING
                """,
                ("@school", schoolId), ("@external", task.Key), ("@class", first.Pupil.SchoolClassId),
                ("@subject", subjects[first.Item.Subject]), ("@title", first.Item.TaskTitle!), ("@given", givenAt));
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await using var select = Command(connection, transaction,
                """SELECT "Id" FROM "PracticeTasks" WHERE "SchoolId" = @school AND "ExternalId" = @external""",
                ("@school", schoolId), ("@external", task.Key));
            tasks[task.Key] = Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken));
        }
    }

    private static async Task<int> InsertResultsAsync(
        DbConnection connection, DbTransaction transaction, int schoolId, Dictionary<string, int> tasks,
        Dictionary<string, int> subjects, List<(FeedItem Item, PupilRef Pupil)> accepted,
        CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction,
            """
            INSERT INTO "ExerciseResults"
                ("SchoolId", "ExternalId", "PupilId", "SubjectId", "PracticeTaskId", "FinishedAtUtc", "Correct", "Total")
            VALUES (@school, @external, @pupil, @subject, @task, @finished, @correct, @total)
            ON CONFLICT ("SchoolId", "ExternalId") DO NOTHING
            """,
            ("@school", schoolId), ("@external", ""), ("@pupil", 0), ("@subject", 0), ("@task", DBNull.Value),
            ("@finished", DateTime.MinValue), ("@correct", 0), ("@total", 0));
        await insert.PrepareAsync(cancellationToken);

        var stored = 0;
        foreach (var (item, pupil) in accepted)
        {
            insert.Parameters["@external"].Value = item.ResultId;
            insert.Parameters["@pupil"].Value = pupil.Id;
            insert.Parameters["@subject"].Value = subjects[item.Subject];
            insert.Parameters["@task"].Value = item.TaskId is null ? DBNull.Value : tasks[item.TaskId];
            insert.Parameters["@finished"].Value = item.FinishedAtUtc;
            insert.Parameters["@correct"].Value = item.Correct;
            insert.Parameters["@total"].Value = item.Total;
            stored += await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return stored;
    }

    private static DbCommand Command(
        DbConnection connection, DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
