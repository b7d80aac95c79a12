using System.Security.Claims;
using BingelOuder.Domain;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts.Names;

/// <summary>
/// Stores the parent's first and last name, so the school admin sees who linked to a child, and
/// renews the cookie so the first-login question is not asked again.
/// </summary>
public sealed class GiveNames(UserManager<AppUser> users, SignInManager<AppUser> signInManager)
{
    public const int MaximumLength = 100;

    public async Task ExecuteAsync(ClaimsPrincipal principal, string firstName, string lastName)
    {
        var user = await users.GetUserAsync(principal)
            ?? throw new InvalidOperationException("Giving names needs a signed-in user.");
        user.FirstName = firstName.Trim();
        user.LastName = lastName.Trim();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException(
                "Names could not be saved: " + string.Join(", ", updated.Errors.Select(e => e.Code)));
        }

        await signInManager.RefreshSignInAsync(user);
    }
}
