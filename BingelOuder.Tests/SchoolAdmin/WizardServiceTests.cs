using BingelOuder.Domain;
using BingelOuder.Features.SchoolAdmin;
using BingelOuder.Features.SchoolAdmin.Assignments;
using BingelOuder.Features.SchoolAdmin.Classes;
using BingelOuder.Features.SchoolAdmin.Details;
using BingelOuder.Features.SchoolAdmin.Pupils;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.SchoolAdmin;

public sealed class WizardServiceTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TestApp _app = new(seed: true);
    private AdminContext _admin = default!;

    public async ValueTask InitializeAsync() => _admin = await _app.DemoAdminAsync();

    [Fact]
    public async Task School_details_are_saved_but_the_school_code_stays()
    {
        var details = _app.Service<ManageSchoolDetails>();

        var result = await details.UpdateAsync(_admin, "  GBS De Regenboog  ", "Kerkstraat 1, 9000 Gent", Ct);
        var empty = await details.UpdateAsync(_admin, "   ", null, Ct);

        Assert.True(result.Succeeded);
        Assert.False(empty.Succeeded);
        var saved = await details.GetAsync(_admin, Ct);
        Assert.Equal(("GBS De Regenboog", "Kerkstraat 1, 9000 Gent", "DEMO01"), (saved.Name, saved.Address, saved.SchoolCode));
    }

    [Fact]
    public async Task Classes_are_added_renamed_and_removed_and_names_are_normalized()
    {
        var classes = _app.Service<ManageClasses>();

        var added = await classes.AddAsync(_admin, " 6b ", Ct);
        var duplicate = await classes.AddAsync(_admin, "6B", Ct);
        var id = (await classes.ListAsync(_admin, Ct)).Single(c => c.Name == "6B").Id;
        var renamed = await classes.RenameAsync(_admin, id, "6C", Ct);
        var removed = await classes.RemoveAsync(_admin, id, Ct);

        Assert.True(added.Succeeded);
        Assert.Equal("Er is al een klas 6B.", duplicate.Error);
        Assert.True(renamed.Succeeded);
        Assert.True(removed.Succeeded);
        Assert.DoesNotContain(await classes.ListAsync(_admin, Ct), c => c.Name is "6B" or "6C");
    }

    [Theory]
    [InlineData("3-A", "Er is al een klas 3A.")]
    [InlineData("3.A", "Een klasnaam bestaat alleen uit letters en cijfers, bijvoorbeeld 3A of K2B.")]
    [InlineData("<b>", "Een klasnaam bestaat alleen uit letters en cijfers, bijvoorbeeld 3A of K2B.")]
    public async Task A_class_name_is_one_a_parent_can_type(string name, string error)
    {
        var classes = _app.Service<ManageClasses>();

        var result = await classes.AddAsync(_admin, name, Ct);

        Assert.Equal(error, result.Error);
        Assert.Equal(6, (await classes.ListAsync(_admin, Ct)).Count);
    }

    [Fact]
    public async Task A_class_with_pupils_cannot_be_removed()
    {
        var classes = _app.Service<ManageClasses>();
        var class3A = (await classes.ListAsync(_admin, Ct)).Single(c => c.Name == "3A");

        var result = await classes.RemoveAsync(_admin, class3A.Id, Ct);

        Assert.False(result.Succeeded);
        Assert.Contains("nog", result.Error);
        Assert.Contains(await classes.ListAsync(_admin, Ct), c => c.Id == class3A.Id);
    }

    [Fact]
    public async Task Classes_are_listed_in_natural_order()
    {
        var classes = _app.Service<ManageClasses>();
        await classes.AddAsync(_admin, "10A", Ct);

        var names = (await classes.ListAsync(_admin, Ct)).Select(c => c.Name);

        Assert.Equal(["1A", "2A", "3A", "4A", "5A", "6A", "10A"], names);
    }

    [Fact]
    public async Task A_pupil_is_moved_to_another_class_and_a_taken_number_is_refused()
    {
        var pupils = _app.Service<ManagePupils>();
        var classes = await _app.Service<ManageClasses>().ListAsync(_admin, Ct);
        var class5A = classes.Single(c => c.Name == "5A");
        var pupil = (await pupils.ListAsync(_admin, classes.Single(c => c.Name == "3A").Id, Ct))[0];
        var input = new PupilInput
        {
            ClassId = class5A.Id, ClassNumber = "1", FirstName = pupil.FirstName, LastName = pupil.LastName,
        };

        var taken = await pupils.UpdateAsync(_admin, pupil.Id, input, Ct);
        input.ClassNumber = "45";
        var moved = await pupils.UpdateAsync(_admin, pupil.Id, input, Ct);
        input.ClassNumber = "abc";
        var notANumber = await pupils.UpdateAsync(_admin, pupil.Id, input, Ct);

        Assert.Contains("Klasnummer 1 in 5A is al van", taken.Error);
        Assert.True(moved.Succeeded);
        Assert.Contains("getal van 1 tot 99", notANumber.Error);
        Assert.Contains(await pupils.ListAsync(_admin, class5A.Id, Ct), p => p.Id == pupil.Id && p.ClassNumber == 45);
    }

    [Fact]
    public async Task Removing_a_pupil_removes_the_links_and_results()
    {
        var parent = await _app.CreateParentAsync("ouder.verwijder@example.be");
        await using var db = _app.CreateDbContext();
        var pupil = await db.Pupils.OrderBy(p => p.Id).FirstAsync(Ct);
        db.ParentLinks.Add(new ParentLink { ParentId = parent.Id, PupilId = pupil.Id, LinkedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync(Ct);

        var result = await _app.Service<ManagePupils>().RemoveAsync(_admin, pupil.Id, Ct);

        Assert.True(result.Succeeded);
        await using var after = _app.CreateDbContext();
        Assert.False(await after.Pupils.AnyAsync(p => p.Id == pupil.Id, Ct));
        Assert.False(await after.ParentLinks.AnyAsync(l => l.PupilId == pupil.Id, Ct));
        Assert.False(await after.ExerciseResults.AnyAsync(r => r.PupilId == pupil.Id, Ct));
    }

    [Fact]
    public async Task An_admin_cannot_touch_the_pupils_classes_or_teachers_of_another_school()
    {
        var other = await _app.OtherSchoolAsync();
        var input = new PupilInput { ClassId = other.ClassId, ClassNumber = "2", FirstName = "X", LastName = "Y" };

        var removePupil = await _app.Service<ManagePupils>().RemoveAsync(_admin, other.PupilId, Ct);
        var addToClass = await _app.Service<ManagePupils>().AddAsync(_admin, input, Ct);
        var removeClass = await _app.Service<ManageClasses>().RemoveAsync(_admin, other.ClassId, Ct);
        var renameClass = await _app.Service<ManageClasses>().RenameAsync(_admin, other.ClassId, "9Z", Ct);
        await using var db = _app.CreateDbContext();
        var teacher = await db.Users.FirstAsync(u => u.Email!.StartsWith("leerkracht."), Ct);
        var assign = await _app.Service<ManageAssignments>().SetAsync(_admin, teacher.Id, other.ClassId, true, Ct);

        Assert.All([removePupil, addToClass, removeClass, renameClass, assign], r => Assert.False(r.Succeeded));
        Assert.True(await db.Pupils.AnyAsync(p => p.Id == other.PupilId, Ct));
        Assert.Equal("1A", (await db.SchoolClasses.SingleAsync(c => c.Id == other.ClassId, Ct)).Name);
        Assert.False(await db.TeacherAssignments.AnyAsync(a => a.SchoolClassId == other.ClassId, Ct));
    }

    [Fact]
    public async Task Assignments_are_set_and_cleared()
    {
        var assignments = _app.Service<ManageAssignments>();
        await using var db = _app.CreateDbContext();
        var teacher = await db.Users.SingleAsync(u => u.Email == "leerkracht.3a@demo.bingelouder.be", Ct);
        var class4A = await db.SchoolClasses.SingleAsync(c => c.Name == "4A", Ct);

        await assignments.SetAsync(_admin, teacher.Id, class4A.Id, true, Ct);
        await assignments.SetAsync(_admin, teacher.Id, class4A.Id, true, Ct);
        var afterAdd = await db.TeacherAssignments.CountAsync(a => a.TeacherId == teacher.Id, Ct);
        await assignments.SetAsync(_admin, teacher.Id, class4A.Id, false, Ct);
        var afterRemove = await db.TeacherAssignments.CountAsync(a => a.TeacherId == teacher.Id, Ct);

        Assert.Equal(2, afterAdd);
        Assert.Equal(1, afterRemove);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
