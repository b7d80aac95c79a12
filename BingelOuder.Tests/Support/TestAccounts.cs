using BingelOuder.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Support;

/// <summary>Accounts made straight in the store, for tests whose subject is not registration.</summary>
public static class TestAccounts
{
    public const string ParentPassword = "Ouder-Wachtwoord-2026";

    public static async Task<AppUser> CreateParentAsync(
        this TestApp app, string email, string firstName = "Sam", string lastName = "Peeters")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var parent = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FirstName = firstName,
            LastName = lastName,
            CreatedAtUtc = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(parent, ParentPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(parent, Roles.Parent);
        return parent;
    }

    /// <summary>Logs in through the real login page, finding the fields by their labels.</summary>
    public static async Task LogInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/aanmelden", StringComparison.Ordinal));
    }
}
