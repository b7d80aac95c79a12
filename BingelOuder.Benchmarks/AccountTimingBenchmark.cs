using BingelOuder.Domain;
using BingelOuder.Features.Accounts;
using BingelOuder.Features.Accounts.Passwords;
using BingelOuder.Features.Accounts.Registration;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Benchmarks;

/// <summary>
/// Whether an attacker can tell a known address from an unknown one by timing: registration,
/// login and the forgotten-password request, each for a known and an unknown address.
/// </summary>
public sealed class AccountTimingBenchmark : IBenchmark
{
    private const string Password = "paarse olifant op het dak";
    private const string WrongPassword = "verkeerd wachtwoord";
    private const int Runs = 15;

    public string Name => "account-timing";

    public string Description => "answer times for known and unknown addresses (registration, login, reset)";

    public async Task RunAsync(string workFolder)
    {
        await using var app = new BenchApp(workFolder);
        await CreateParentAsync(app, "bekend@bench.example");

        var registerNew = await Measure.MedianAsync("register, new address", Runs, i =>
            InScopeAsync<RegisterParent>(app, s => s.ExecuteAsync($"nieuw{i}@bench.example", Password, null)));
        var registerKnown = await Measure.MedianAsync("register, known address", Runs, _ =>
            InScopeAsync<RegisterParent>(app, s => s.ExecuteAsync("bekend@bench.example", Password, null)));

        var loginUnknown = await Measure.MedianAsync("login, unknown address", Runs, i =>
            InScopeAsync<LogIn>(app, s => s.ExecuteAsync($"onbekend{i}@bench.example", WrongPassword, null, null)));
        // One account per run (the warm-up runs count from -2), so none reaches the lockout.
        for (var i = -2; i < Runs; i++)
        {
            await CreateParentAsync(app, $"login{i}@bench.example");
        }

        var loginWrong = await Measure.MedianAsync("login, known address, wrong password", Runs, i =>
            InScopeAsync<LogIn>(app, s => s.ExecuteAsync($"login{i}@bench.example", WrongPassword, null, null)));

        var resetUnknown = await Measure.MedianAsync("reset request, unknown address", Runs, i =>
            InScopeAsync<RequestPasswordReset>(app, s => s.ExecuteAsync($"onbekend{i}@bench.example", null)));
        var resetKnown = await Measure.MedianAsync("reset request, known address", Runs, _ =>
            InScopeAsync<RequestPasswordReset>(app, s => s.ExecuteAsync("bekend@bench.example", null)));

        Report("registration", registerNew, registerKnown, TimeSpan.FromMilliseconds(50));
        Report("login", loginUnknown, loginWrong, TimeSpan.FromMilliseconds(50));
        Report("reset request", resetUnknown, resetKnown, TimeSpan.FromMilliseconds(20));
    }

    private static void Report(string what, TimeSpan a, TimeSpan b, TimeSpan allowed)
    {
        var gap = (a - b).Duration();
        Console.WriteLine($"{what}: median gap between known and unknown {gap.TotalMilliseconds:F1} ms");
        Measure.Verdict($"{what} gap under {allowed.TotalMilliseconds} ms", gap < allowed);
    }

    private static async Task InScopeAsync<T>(BenchApp app, Func<T, Task> action) where T : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    private static async Task CreateParentAsync(BenchApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FirstName = "Bank", LastName = "Proef",
        };
        await users.CreateAsync(user, Password);
        await users.AddToRoleAsync(user, Roles.Parent);
    }
}
