using System.Globalization;
using Bogus;
using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using BingelOuder.Infrastructure.Time;

namespace BingelOuder.Features.Demo;

/// <summary>
/// Builds the demo school in memory: classes 1A to 6A of about twenty pupils with Flemish names,
/// and eight weeks of tasks and exercise results with a spread of diligence and ability.
/// </summary>
public sealed class DemoSchoolBuilder(ParentCodeProtector codes, TimeProvider clock)
{
    private const int Weeks = 8;
    private readonly Randomizer _random = new(20260901);
    private readonly Faker _faker = new("nl_BE") { Random = new Randomizer(42) };

    public DemoSchool Build()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var school = new School
        {
            Name = "Basisschool De Regenboog",
            Address = "Schoolstraat 12, 9000 Gent",
            SchoolCode = DemoSeeder.SchoolCode,
            ParentModuleEnabled = true,
            ParentModuleChangedAtUtc = now,
        };
        var subjects = DemoNames.Subjects.Select(name => new Subject { Name = name }).ToList();
        var usernames = new HashSet<string>();
        var tasks = new List<PracticeTask>();

        for (var grade = 1; grade <= 6; grade++)
        {
            var schoolClass = new SchoolClass { Name = $"{grade}A", School = school };
            school.Classes.Add(schoolClass);
            AddPupils(school, schoolClass, usernames, now);
            tasks.AddRange(BuildTasks(schoolClass, grade, subjects, now));
        }

        return new DemoSchool(school, tasks);
    }

    public IEnumerable<ExerciseResult> BuildPractice(DemoSchool demo)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var subjects = demo.Tasks.Select(t => t.Subject!).DistinctBy(s => s.Name).ToList();
        var serial = 0;

        foreach (var schoolClass in demo.School.Classes)
        {
            var classTasks = demo.Tasks.Where(t => t.SchoolClass == schoolClass).ToList();
            foreach (var pupil in schoolClass.Pupils)
            {
                var profile = PupilProfile.Draw(_random);
                foreach (var task in classTasks.Where(_ => _random.Double() < profile.Diligence))
                {
                    var start = task.GivenAtUtc.AddHours(_random.Double(2, 96));
                    for (var i = 0; i < _random.Int(5, 10); i++)
                    {
                        var finished = start.AddMinutes(i * _random.Int(1, 4));
                        if (finished > now)
                        {
                            break;
                        }

                        yield return Result(demo.School, pupil, task.Subject!, task, finished, profile, ++serial);
                    }
                }

                foreach (var finished in FreePracticeMoments(profile, now))
                {
                    var subject = _random.ListItem(subjects);
                    yield return Result(demo.School, pupil, subject, null, finished, profile, ++serial);
                }
            }
        }
    }

    private void AddPupils(School school, SchoolClass schoolClass, HashSet<string> usernames, DateTime now)
    {
        var size = _random.Int(18, 23);
        var names = Enumerable.Range(0, size)
            .Select(_ => (First: _faker.Name.FirstName(), Last: _faker.Name.LastName()))
            .OrderBy(n => n.Last, StringComparer.Create(CultureInfo.GetCultureInfo("nl-BE"), true))
            .ThenBy(n => n.First)
            .ToList();

        for (var i = 0; i < names.Count; i++)
        {
            schoolClass.Pupils.Add(new Pupil
            {
                School = school,
                FirstName = names[i].First,
                LastName = names[i].Last,
                ClassNumber = i + 1,
                Username = UniqueUsername(names[i].First, names[i].Last, usernames),
                ParentCodeProtected = codes.Protect(ParentCodeGenerator.NewCode()),
                ParentCodeIssuedAtUtc = now,
            });
        }
    }

    private IEnumerable<PracticeTask> BuildTasks(
        SchoolClass schoolClass, int grade, List<Subject> subjects, DateTime now)
    {
        // Frans starts in the fifth year in Flemish primary schools.
        var taught = grade >= 5 ? subjects : subjects.Where(s => s.Name != "Frans").ToList();
        var firstMonday = SchoolTime.StartOfWeek(SchoolTime.Today(clock)).AddDays(-7 * (Weeks - 1));

        for (var week = 0; week < Weeks; week++)
        {
            var monday = firstMonday.AddDays(7 * week);
            for (var t = 0; t < _random.Int(2, 3); t++)
            {
                var subject = _random.ListItem(taught);
                var given = SchoolTime.ToUtc(monday.AddDays(_random.Int(0, 3)).ToDateTime(new TimeOnly(8, 30)));
                if (given > now)
                {
                    continue;
                }

                yield return new PracticeTask
                {
                    ExternalId = $"demo-{schoolClass.Name}-{week}-{t}",
                    SchoolClass = schoolClass,
                    Subject = subject,
                    Title = $"{_random.ListItem(DemoNames.TaskTopics)} {subject.Name.ToLowerInvariant()} week {week + 1}",
                    GivenAtUtc = given,
                };
            }
        }
    }

    private IEnumerable<DateTime> FreePracticeMoments(PupilProfile profile, DateTime now)
    {
        var firstMonday = SchoolTime.StartOfWeek(SchoolTime.Today(clock)).AddDays(-7 * (Weeks - 1));
        for (var week = 0; week < Weeks; week++)
        {
            var count = (int)Math.Round(_random.Double(0, 8) * profile.Diligence);
            for (var i = 0; i < count; i++)
            {
                var day = firstMonday.AddDays(7 * week + _random.Int(0, 6));
                var local = day.ToDateTime(new TimeOnly(_random.Int(15, 19), _random.Int(0, 59)));
                var utc = SchoolTime.ToUtc(local);
                if (utc <= now)
                {
                    yield return utc;
                }
            }
        }
    }

    private ExerciseResult Result(
        School school, Pupil pupil, Subject subject, PracticeTask? task, DateTime finished,
        PupilProfile profile, int serial)
    {
        var total = _random.ArrayElement([5, 8, 10, 10, 12, 20]);
        var ratio = Math.Clamp(profile.Ability + _random.Double(-0.2, 0.2), 0, 1);
        return new ExerciseResult
        {
            SchoolId = school.Id,
            ExternalId = $"demo-{serial}",
            PupilId = pupil.Id,
            SubjectId = subject.Id,
            PracticeTaskId = task?.Id,
            FinishedAtUtc = finished,
            Correct = (int)Math.Round(ratio * total),
            Total = total,
        };
    }

    private static string UniqueUsername(string first, string last, HashSet<string> taken)
    {
        var username = PupilUsername.FirstFree(PupilUsername.Stem(first, last), taken.Contains);
        taken.Add(username);
        return username;
    }
}
