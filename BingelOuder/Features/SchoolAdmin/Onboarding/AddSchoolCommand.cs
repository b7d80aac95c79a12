namespace BingelOuder.Features.SchoolAdmin.Onboarding;

/// <summary>
/// The operator's command to register a school:
/// <c>dotnet run --project BingelOuder -- add-school "School name" admin@school.be "First" "Last"</c>.
/// </summary>
public static class AddSchoolCommand
{
    public const string Name = "add-school";

    /// <summary>Runs the command when the arguments ask for it; returns null when they do not.</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return null;
        }

        if (args.Length != 5)
        {
            Console.Error.WriteLine($"Usage: {Name} \"School name\" admin-email \"Admin first name\" \"Admin last name\"");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var (school, error) = await scope.ServiceProvider.GetRequiredService<AddSchool>()
            .ExecuteAsync(args[1], args[2], args[3], args[4]);
        if (school is not null)
        {
            Console.WriteLine($"School {school.Id} \"{school.Name}\" added with school code {school.SchoolCode}.");
        }

        if (error is not null)
        {
            Console.Error.WriteLine(error);
        }

        return school is null ? 1 : 0;
    }
}
