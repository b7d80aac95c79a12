using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Time;

namespace BingelOuder.Tests.Support;

/// <summary>
/// Writes a small school straight into the database: classes, pupils, tasks and results with
/// times given as Brussels wall-clock times, so a test reads like the calendar it is about.
/// </summary>
public sealed class SchoolBuilder(AppDbContext db, string name = "Basisschool Het Anker", bool moduleOn = true)
{
    private static int _serial;

    public School School { get; } = new()
    {
        Name = name,
        SchoolCode = $"T{Interlocked.Increment(ref _serial):D5}",
        ParentModuleEnabled = moduleOn,
    };

    public async Task<SchoolClass> ClassAsync(string className)
    {
        var schoolClass = new SchoolClass { Name = className, School = School };
        db.SchoolClasses.Add(schoolClass);
        await db.SaveChangesAsync();
        return schoolClass;
    }

    public async Task<Pupil> PupilAsync(SchoolClass schoolClass, string firstName, string lastName)
    {
        var number = db.Pupils.Local.Count(p => p.SchoolClassId == schoolClass.Id) + 1;
        var pupil = new Pupil
        {
            School = School,
            SchoolClass = schoolClass,
            FirstName = firstName,
            LastName = lastName,
            ClassNumber = number,
            Username = $"{firstName}.{lastName}.{Interlocked.Increment(ref _serial)}".ToLowerInvariant(),
            ParentCodeProtected = "not-used-here",
        };
        db.Pupils.Add(pupil);
        await db.SaveChangesAsync();
        return pupil;
    }

    public async Task<Subject> SubjectAsync(string subjectName)
    {
        var subject = db.Subjects.Local.FirstOrDefault(s => s.Name == subjectName)
            ?? db.Subjects.FirstOrDefault(s => s.Name == subjectName);
        if (subject is null)
        {
            subject = new Subject { Name = subjectName };
            db.Subjects.Add(subject);
            await db.SaveChangesAsync();
        }

        return subject;
    }

    public async Task<PracticeTask> TaskAsync(SchoolClass schoolClass, Subject subject, string title, DateTime givenLocal)
    {
        var task = new PracticeTask
        {
            SchoolId = School.Id,
            ExternalId = $"task-{Interlocked.Increment(ref _serial)}",
            SchoolClass = schoolClass,
            Subject = subject,
            Title = title,
            GivenAtUtc = SchoolTime.ToUtc(givenLocal),
        };
        db.PracticeTasks.Add(task);
        await db.SaveChangesAsync();
        return task;
    }

    public async Task<ExerciseResult> ResultAsync(
        Pupil pupil, Subject subject, DateTime finishedLocal, int correct, int total, PracticeTask? task = null)
    {
        var result = new ExerciseResult
        {
            SchoolId = School.Id,
            ExternalId = $"result-{Interlocked.Increment(ref _serial)}",
            Pupil = pupil,
            Subject = subject,
            PracticeTask = task,
            FinishedAtUtc = SchoolTime.ToUtc(finishedLocal),
            Correct = correct,
            Total = total,
        };
        db.ExerciseResults.Add(result);
        await db.SaveChangesAsync();
        return result;
    }
}
