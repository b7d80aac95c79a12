using System.Net;
using BingelOuder.Features.Demo;
using BingelOuder.Features.Linking;
using BingelOuder.Features.Teaching;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Teaching;

public sealed class TeacherPupilPageTests
{
    [Fact]
    public async Task A_teacher_sees_the_parent_code_of_a_pupil_of_their_class()
    {
        await using var app = new TestApp(seed: true);
        var client = await app.LoggedInClientAsync(DemoSeeder.TeacherEmail("3A"), TestApp.DemoPassword);
        await using var db = app.CreateDbContext();
        var pupil = await db.Pupils.Where(p => p.SchoolClass!.Name == "3A").OrderBy(p => p.ClassNumber)
            .FirstAsync(TestContext.Current.CancellationToken);

        using var response = await client.GetAsync($"/leerkracht/leerlingen/{pupil.Id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(app.Service<ParentCodeProtector>().RevealForDisplay(pupil.ParentCodeProtected), html);
        Assert.Contains(pupil.Username, html);
    }

    [Fact]
    public async Task A_teacher_of_3A_opening_a_pupil_of_4A_gets_404_without_the_pupil()
    {
        await using var app = new TestApp(seed: true);
        var client = await app.LoggedInClientAsync(DemoSeeder.TeacherEmail("3A"), TestApp.DemoPassword);
        await using var db = app.CreateDbContext();
        var other = await db.Pupils.Where(p => p.SchoolClass!.Name == "4A").FirstAsync(TestContext.Current.CancellationToken);

        using var response = await client.GetAsync($"/leerkracht/leerlingen/{other.Id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(other.LastName, html);
        Assert.DoesNotContain(app.Service<ParentCodeProtector>().RevealForDisplay(other.ParentCodeProtected), html);
    }

    [Fact]
    public async Task Renewing_is_refused_for_a_pupil_of_another_class_and_done_for_an_own_pupil()
    {
        await using var app = new TestApp(seed: true);
        await using var db = app.CreateDbContext();
        var teacher = await db.Users.SingleAsync(u => u.Email == DemoSeeder.TeacherEmail("3A"), TestContext.Current.CancellationToken);
        var own = await db.Pupils.AsNoTracking().FirstAsync(p => p.SchoolClass!.Name == "3A", TestContext.Current.CancellationToken);
        var other = await db.Pupils.AsNoTracking().FirstAsync(p => p.SchoolClass!.Name == "4A", TestContext.Current.CancellationToken);
        var user = TeacherPrincipal.For(teacher.Id);

        var renewedOther = await app.Service<RenewMyPupilsCode>().ExecuteAsync(user, other.Id, TestContext.Current.CancellationToken);
        var renewedOwn = await app.Service<RenewMyPupilsCode>().ExecuteAsync(user, own.Id, TestContext.Current.CancellationToken);

        Assert.False(renewedOther);
        Assert.True(renewedOwn);
        await using var after = app.CreateDbContext();
        Assert.Equal(other.ParentCodeProtected,
            (await after.Pupils.SingleAsync(p => p.Id == other.Id, TestContext.Current.CancellationToken)).ParentCodeProtected);
        Assert.NotEqual(own.ParentCodeProtected,
            (await after.Pupils.SingleAsync(p => p.Id == own.Id, TestContext.Current.CancellationToken)).ParentCodeProtected);
    }

    [Fact]
    public async Task The_pupil_list_holds_exactly_the_pupils_of_the_teachers_classes()
    {
        await using var app = new TestApp(seed: true);
        await using var db = app.CreateDbContext();
        var teacher = await db.Users.SingleAsync(u => u.Email == DemoSeeder.TeacherEmail("5A"), TestContext.Current.CancellationToken);
        var expected = await db.Pupils.Where(p => p.SchoolClass!.Name == "5A").OrderBy(p => p.ClassNumber)
            .Select(p => p.Id).ToListAsync(TestContext.Current.CancellationToken);

        var pupils = await app.Service<ListMyPupils>().ExecuteAsync(TeacherPrincipal.For(teacher.Id), TestContext.Current.CancellationToken);

        Assert.Equal(expected, pupils.Select(p => p.Id));
        Assert.All(pupils, p => Assert.Equal("5A", p.ClassName));
    }
}
