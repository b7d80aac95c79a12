using BingelOuder.Domain;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts.Passwords;

/// <summary>Runs every configured password validator and returns the Dutch messages of those that refuse.</summary>
public sealed class PasswordRules(UserManager<AppUser> users)
{
    public async Task<IReadOnlyList<string>> CheckAsync(string password, string? email)
    {
        var candidate = new AppUser { Email = email, UserName = email };
        var messages = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, password);
            messages.AddRange(result.Errors.Select(e => e.Description));
        }

        return messages;
    }
}
