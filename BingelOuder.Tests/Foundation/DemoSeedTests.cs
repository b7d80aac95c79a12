using BingelOuder.Domain;
using BingelOuder.Features.Demo;
using BingelOuder.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BingelOuder.Tests.Foundation;

public sealed class DemoSeedTests : IAsyncLifetime
{
    private readonly TestApp _app = new(seed: true);

    public ValueTask InitializeAsync()
    {
        _ = _app.Services;
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Demo_school_has_six_classes_of_about_twenty_pupils_with_the_module_on()
    {
        await using var db = _app.CreateDbContext();

        var school = await db.Schools.Include(s => s.Classes).ThenInclude(c => c.Pupils)
            .SingleAsync(TestContext.Current.CancellationToken);

        Assert.True(school.ParentModuleEnabled);
        Assert.Equal(["1A", "2A", "3A", "4A", "5A", "6A"], school.Classes.Select(c => c.Name).Order());
        Assert.All(school.Classes, c => Assert.InRange(c.Pupils.Count, 18, 23));
        Assert.All(school.Classes, c =>
            Assert.Equal(Enumerable.Range(1, c.Pupils.Count), c.Pupils.Select(p => p.ClassNumber).Order()));
        var pupils = school.Classes.SelectMany(c => c.Pupils).ToList();
        Assert.Equal(pupils.Count, pupils.Select(p => p.Username).Distinct().Count());
        Assert.All(pupils, p => Assert.False(string.IsNullOrWhiteSpace(p.FirstName + p.LastName)));
        Assert.Contains(pupils, p => p.LastName.Contains(' ') || p.LastName.StartsWith("Van", StringComparison.Ordinal)
            || p.LastName.StartsWith("De", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_staff_can_sign_in_with_the_demo_password_and_have_their_roles()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var admin = await users.FindByEmailAsync(DemoSeeder.AdminEmail);
        var teacher = await users.FindByEmailAsync("leerkracht.3a@demo.bingelouder.be");

        Assert.NotNull(admin);
        Assert.NotNull(teacher);
        Assert.True(await users.CheckPasswordAsync(admin, TestApp.DemoPassword));
        Assert.True(await users.IsInRoleAsync(admin, Roles.SchoolAdmin));
        Assert.True(await users.IsInRoleAsync(teacher, Roles.Teacher));
        await using var db = _app.CreateDbContext();
        var classNames = await db.TeacherAssignments.Where(a => a.TeacherId == teacher.Id)
            .Select(a => a.SchoolClass!.Name).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["3A"], classNames);
        Assert.Equal(6, await db.TeacherAssignments.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Demo_practice_spans_eight_weeks_in_several_subjects_with_a_spread_of_activity()
    {
        await using var db = _app.CreateDbContext();
        var ct = TestContext.Current.CancellationToken;

        var results = await db.ExerciseResults.Select(r => new { r.PupilId, r.SubjectId, r.FinishedAtUtc, r.Correct, r.Total, r.PracticeTaskId })
            .ToListAsync(ct);
        var pupilCount = await db.Pupils.CountAsync(ct);

        Assert.True(await db.PracticeTasks.CountAsync(ct) >= 6 * 8 * 2 - 12);
        Assert.True(results.Select(r => r.SubjectId).Distinct().Count() >= 3);
        Assert.All(results, r => Assert.InRange(r.Correct, 0, r.Total));
        Assert.All(results, r => Assert.True(r.FinishedAtUtc <= DateTime.UtcNow));
        var span = results.Max(r => r.FinishedAtUtc) - results.Min(r => r.FinishedAtUtc);
        Assert.InRange(span.TotalDays, 6 * 7, 8 * 7 + 1);
        Assert.Contains(results, r => r.PracticeTaskId is null);
        Assert.Contains(results, r => r.PracticeTaskId is not null);
        var perPupil = results.GroupBy(r => r.PupilId).ToDictionary(g => g.Key, g => g.Count());
        var quiet = pupilCount - perPupil.Count + perPupil.Values.Count(n => n < 15);
        Assert.InRange(quiet, 3, pupilCount / 3);
        var ratios = results.Select(r => (double)r.Correct / r.Total).ToList();
        Assert.True(ratios.Min() < 0.4 && ratios.Max() > 0.95);
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var before = _app.CreateDbContext();
        var counts = (await before.Pupils.CountAsync(ct), await before.ExerciseResults.CountAsync(ct),
            await before.Users.CountAsync(ct), await before.Schools.CountAsync(ct));

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEnabledAsync(ct);
        }

        await using var after = _app.CreateDbContext();
        Assert.Equal(counts, (await after.Pupils.CountAsync(ct), await after.ExerciseResults.CountAsync(ct),
            await after.Users.CountAsync(ct), await after.Schools.CountAsync(ct)));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
