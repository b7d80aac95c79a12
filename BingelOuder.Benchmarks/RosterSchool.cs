using System.Security.Claims;
using System.Text;
using BingelOuder.Domain;
using BingelOuder.Features.SchoolAdmin;

namespace BingelOuder.Benchmarks;

/// <summary>A school with empty classes and its admin, and a class list for it as a school exports one.</summary>
public static class RosterSchool
{
    private static readonly string[] FirstNames =
        ["Amélie", "Rune", "Noor", "Wout", "Éloïse", "Lars", "Fien", "Mathéo", "Ines", "Jules", "Saar", "Ferre"];

    private static readonly string[] LastNames =
        ["Vandenbroucke", "De Smet", "Claeys", "Van Damme", "Peeters", "Maes", "Wouters", "D'Hondt", "Goossens"];

    public static string ClassName(int c) => $"{c % 6 + 1}{(char)('A' + c / 6)}";

    /// <summary>A semicolon CSV in UTF-8 with BOM: classes x perClass pupils.</summary>
    public static byte[] ClassList(int classes, int perClass)
    {
        var csv = new StringBuilder("Klas;Klasnummer;Voornaam;Familienaam\r\n");
        for (var c = 0; c < classes; c++)
        {
            for (var number = 1; number <= perClass; number++)
            {
                var i = c * perClass + number;
                csv.Append(ClassName(c)).Append(';').Append(number).Append(';')
                    .Append(FirstNames[i % FirstNames.Length]).Append(';')
                    .Append(LastNames[i * 7 % LastNames.Length]).Append(' ').Append(i).Append("\r\n");
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static async Task<AdminContext> SeedAsync(BenchApp app, int classes)
    {
        await using var db = app.CreateDbContext();
        var school = new School { Name = "Benchmarkschool", SchoolCode = "BENCH7", ParentModuleEnabled = true };
        for (var c = 0; c < classes; c++)
        {
            school.Classes.Add(new SchoolClass { Name = ClassName(c), School = school });
        }

        var admin = new AppUser
        {
            UserName = "beheerder@bench.example", Email = "beheerder@bench.example", FirstName = "Bench",
            LastName = "Beheer", School = school,
        };
        db.Schools.Add(school);
        db.Users.Add(admin);
        await db.SaveChangesAsync();
        return new AdminContext(admin.Id, school.Id);
    }

    public static ClaimsPrincipal Principal(AdminContext admin) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, admin.UserId), new Claim(ClaimTypes.Role, Roles.SchoolAdmin)], "bench"));
}
