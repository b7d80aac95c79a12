using BingelOuder.Domain;
using BingelOuder.Features.Linking;
using BingelOuder.Features.SchoolAdmin;
using BingelOuder.Features.SchoolAdmin.Import;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.SchoolAdmin;

public sealed class ImportRosterTests : IAsyncLifetime
{
    private const string Header = "Klas;Klasnummer;Voornaam;Familienaam";
    private readonly TestApp _app = new(seed: true);
    private AdminContext _admin = default!;

    public async ValueTask InitializeAsync() => _admin = await _app.DemoAdminAsync();

    private ImportRoster Import => _app.Service<ImportRoster>();

    [Fact]
    public async Task New_pupils_are_added_with_a_parent_code_and_a_username()
    {
        var file = RosterFiles.SemicolonWindows1252(Header, "3A;30;Zoë;Vermeulen", "3A;31;Élise;D'Hondt");

        var plan = await Import.ApplyAsync(_admin, file, "lijst.csv", TestContext.Current.CancellationToken);

        Assert.True(plan.CanApply);
        Assert.Equal(2, plan.Count(RosterChangeKind.Add));
        await using var db = _app.CreateDbContext();
        var added = await db.Pupils.Where(p => p.ClassNumber >= 30).OrderBy(p => p.ClassNumber).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["Zoë", "Élise"], added.Select(p => p.FirstName));
        Assert.Equal(["zoe.vermeulen", "elise.dhondt"], added.Select(p => p.Username));
        var codes = _app.Service<ParentCodeProtector>();
        Assert.All(added, p => Assert.NotNull(ParentCodeFormat.Normalize(codes.Reveal(p.ParentCodeProtected))));
    }

    [Fact]
    public async Task Rows_sharing_a_class_number_are_errors_and_not_also_counted_as_new()
    {
        var file = RosterFiles.SemicolonWindows1252(Header, "3A;30;Zoë;Vermeulen", "3A;30;Élise;D'Hondt", "3A;31;Mila;Peeters");

        var plan = await Import.PreviewAsync(_admin, file, "lijst.csv", TestContext.Current.CancellationToken);

        Assert.False(plan.CanApply);
        Assert.Equal([2, 3], plan.Errors.Select(e => e.Line));
        Assert.All(plan.Errors, e => Assert.StartsWith("Klasnummer 30 in 3A staat ook op regel", e.Reason));
        Assert.Equal(1, plan.Count(RosterChangeKind.Add));
        Assert.Equal(4, plan.Changes.Single(c => c.Kind == RosterChangeKind.Add).Line);
    }

    [Fact]
    public async Task Preview_shows_adds_changes_and_moves_and_changes_nothing()
    {
        await using var before = _app.CreateDbContext();
        var pupil3A = (await before.PupilsOfAsync("3A"))[0];
        var pupil4A = (await before.PupilsOfAsync("4A"))[1];
        var file = RosterFiles.CommaUtf8WithBom(
            "Klas,Klasnummer,Voornaam,Familienaam",
            $"3A,{pupil3A.ClassNumber},{pupil3A.FirstName},{pupil3A.LastName}",
            $"5A,40,{pupil4A.FirstName},{pupil4A.LastName}",
            "3A,41,Nieuw,Kind");
        var countBefore = await before.Pupils.CountAsync(TestContext.Current.CancellationToken);

        var plan = await Import.PreviewAsync(_admin, file, "lijst.csv", TestContext.Current.CancellationToken);

        Assert.Equal(1, plan.Count(RosterChangeKind.Unchanged));
        Assert.Equal(1, plan.Count(RosterChangeKind.Move));
        Assert.Equal(1, plan.Count(RosterChangeKind.Add));
        Assert.Contains("4A", plan.Changes.Single(c => c.Kind == RosterChangeKind.Move).Before);
        await using var after = _app.CreateDbContext();
        Assert.Equal(countBefore, await after.Pupils.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal("4A", (await after.Pupils.Include(p => p.SchoolClass).SingleAsync(p => p.Id == pupil4A.Id,
            TestContext.Current.CancellationToken)).SchoolClass!.Name);
    }

    [Fact]
    public async Task Moves_and_swapped_class_numbers_are_applied_and_links_and_codes_stay()
    {
        await using var before = _app.CreateDbContext();
        var pupils = await before.PupilsOfAsync("2A");
        var (first, second) = (pupils[0], pupils[1]);
        var file = RosterFiles.Xlsx(
            ["Klas", "Klasnummer", "Voornaam", "Familienaam", "Gebruikersnaam"],
            ["2A", second.ClassNumber.ToString(), first.FirstName, first.LastName, first.Username],
            ["2A", first.ClassNumber.ToString(), second.FirstName, second.LastName, second.Username]);

        var plan = await Import.ApplyAsync(_admin, file, "klas.xlsx", TestContext.Current.CancellationToken);

        Assert.True(plan.CanApply, string.Join("; ", plan.Errors.Select(e => e.Reason)));
        Assert.Equal(2, plan.Count(RosterChangeKind.Change));
        await using var after = _app.CreateDbContext();
        var swapped = await after.Pupils.Where(p => p.Id == first.Id || p.Id == second.Id)
            .ToDictionaryAsync(p => p.Id, TestContext.Current.CancellationToken);
        Assert.Equal(second.ClassNumber, swapped[first.Id].ClassNumber);
        Assert.Equal(first.ClassNumber, swapped[second.Id].ClassNumber);
        Assert.Equal(first.ParentCodeProtected, swapped[first.Id].ParentCodeProtected);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var file = RosterFiles.SemicolonWindows1252(Header, "1A;50;Fien;Maes", "1A;51;Vic;Claes");
        await Import.ApplyAsync(_admin, file, "lijst.csv", TestContext.Current.CancellationToken);
        await using var before = _app.CreateDbContext();
        var snapshot = await before.Pupils.OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.SchoolClassId, p.ClassNumber, p.FirstName, p.LastName, p.ParentCodeProtected })
            .ToListAsync(TestContext.Current.CancellationToken);

        var second = await Import.ApplyAsync(_admin, file, "lijst.csv", TestContext.Current.CancellationToken);

        Assert.Equal(2, second.Count(RosterChangeKind.Unchanged));
        Assert.Equal(0, second.Changes.Count(c => c.Kind != RosterChangeKind.Unchanged));
        await using var after = _app.CreateDbContext();
        Assert.Equal(snapshot.Select(s => s.ToString()), (await after.Pupils.OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.SchoolClassId, p.ClassNumber, p.FirstName, p.LastName, p.ParentCodeProtected })
            .ToListAsync(TestContext.Current.CancellationToken)).Select(s => s.ToString()));
    }

    [Fact]
    public async Task One_bad_row_stops_the_whole_file_and_every_error_is_listed_with_its_line()
    {
        await using var before = _app.CreateDbContext();
        var taken = (await before.PupilsOfAsync("3A"))[0];
        var file = RosterFiles.SemicolonWindows1252(
            Header,
            "3A;60;Goed;Kind",
            "7C;1;Onbekende;Klas",
            "3A;abc;Geen;Nummer",
            "3A;0;Nul;Nummer",
            "3A;61;;Zonder",
            "3A;62;Dubbel;Een",
            "3A;62;Dubbel;Twee",
            $"3A;{taken.ClassNumber};Bezet;Nummer");
        var countBefore = await before.Pupils.CountAsync(TestContext.Current.CancellationToken);

        var plan = await Import.ApplyAsync(_admin, file, "lijst.csv", TestContext.Current.CancellationToken);

        Assert.False(plan.CanApply);
        var reasons = plan.Errors.ToLookup(e => e.Line, e => e.Reason);
        Assert.Contains(reasons[3], r => r.Contains("Klas 7C bestaat niet"));
        Assert.Contains(reasons[4], r => r.Contains("\"abc\""));
        Assert.Contains(reasons[5], r => r.Contains("\"0\""));
        Assert.Contains(reasons[6], r => r.Contains("voornaam is leeg"));
        Assert.Contains(reasons[7], r => r.Contains("regel 8"));
        Assert.Contains(reasons[8], r => r.Contains("regel 7"));
        Assert.Contains(reasons[9], r => r.Contains($"al van {taken.FirstName} {taken.LastName}"));
        Assert.Empty(reasons[2]);
        await using var after = _app.CreateDbContext();
        Assert.Equal(countBefore, await after.Pupils.CountAsync(TestContext.Current.CancellationToken));
        Assert.False(await after.Pupils.AnyAsync(p => p.FirstName == "Goed", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_username_of_another_school_is_refused()
    {
        await _app.OtherSchoolAsync();
        var file = RosterFiles.CommaUtf8WithBom("Klas,Klasnummer,Voornaam,Familienaam,Gebruikersnaam", "3A,70,Ander,Kind,ander.kind");

        var plan = await Import.PreviewAsync(_admin, file, "lijst.csv", TestContext.Current.CancellationToken);

        Assert.Contains(plan.Errors, e => e.Reason.Contains("al in gebruik"));
    }

    [Fact]
    public async Task Names_are_matched_within_the_admins_school_only()
    {
        var other = await _app.OtherSchoolAsync();
        var file = RosterFiles.SemicolonWindows1252(Header, "3A;71;Ander;Kind");

        var plan = await Import.ApplyAsync(_admin, file, "lijst.csv", TestContext.Current.CancellationToken);

        Assert.Equal(1, plan.Count(RosterChangeKind.Add));
        await using var db = _app.CreateDbContext();
        var untouched = await db.Pupils.SingleAsync(p => p.Id == other.PupilId, TestContext.Current.CancellationToken);
        Assert.Equal(other.SchoolId, untouched.SchoolId);
        Assert.Equal(1, untouched.ClassNumber);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
