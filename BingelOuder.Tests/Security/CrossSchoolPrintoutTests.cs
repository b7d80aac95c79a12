using System.Net;
using BingelOuder.Features.Demo;
using BingelOuder.Features.Printouts;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Security;

/// <summary>Staff of one school asking for another school's printouts by changing the ids get nothing.</summary>
public sealed class CrossSchoolPrintoutTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(PrintoutKind.Letters)]
    [InlineData(PrintoutKind.Labels)]
    [InlineData(PrintoutKind.List)]
    public async Task A_teacher_and_an_admin_of_the_demo_school_get_nothing_of_another_school(PrintoutKind kind)
    {
        await using var app = new TestApp(seed: true);
        var other = await app.CreateSchoolAsync("ANDER1", classNames: "3A");
        int otherClass, ownClass;
        await using (var db = app.CreateDbContext())
        {
            otherClass = await db.SchoolClasses.Where(c => c.SchoolId == other.Id).Select(c => c.Id).SingleAsync(Ct);
            ownClass = await db.SchoolClasses.Where(c => c.Name == "3A" && c.SchoolId != other.Id)
                .Select(c => c.Id).SingleAsync(Ct);
        }

        var teacher = await app.LoggedInClientAsync(DemoSeeder.TeacherEmail("3A"), TestApp.DemoPassword);
        var admin = await app.LoggedInClientAsync(DemoSeeder.AdminEmail, TestApp.DemoPassword);
        var otherPupil = other.Pupils[0].Id;

        foreach (var client in new[] { teacher, admin })
        {
            using var theirs = await client.GetAsync(PrintoutsEndpointRouteBuilderExtensions.Link(kind, [otherClass]), Ct);
            using var mixed = await client.GetAsync(
                PrintoutsEndpointRouteBuilderExtensions.Link(kind, [ownClass, otherClass]), Ct);
            using var pupil = await client.GetAsync(
                PrintoutsEndpointRouteBuilderExtensions.Link(kind, [ownClass], otherPupil), Ct);
            using var own = await client.GetAsync(PrintoutsEndpointRouteBuilderExtensions.Link(kind, [ownClass]), Ct);

            Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, mixed.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, pupil.StatusCode);
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.DoesNotContain("Kind3A", await theirs.Content.ReadAsStringAsync(Ct));
        }

        await using var audit = app.CreateDbContext();
        Assert.Equal(2, await audit.AuditEvents.CountAsync(e => e.Type == Domain.AuditEventTypes.PrintoutDownloaded, Ct));
    }
}
