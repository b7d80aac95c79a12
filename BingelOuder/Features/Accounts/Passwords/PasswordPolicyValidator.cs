using BingelOuder.Domain;
using Microsoft.AspNetCore.Identity;

namespace BingelOuder.Features.Accounts.Passwords;

/// <summary>
/// The password rules beyond Identity's minimum length: at most 128 characters, not one of the
/// most common passwords, not the account's own e-mail address. No composition rules.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    public const int MaximumLength = 128;
    public const string TooLongCode = "PasswordTooLong";
    public const string TooCommonCode = "PasswordTooCommon";
    public const string IsEmailCode = "PasswordIsEmail";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        if (password.Length > MaximumLength)
        {
            errors.Add(new IdentityError
            {
                Code = TooLongCode,
                Description = $"Gebruik hoogstens {MaximumLength} tekens.",
            });
        }

        if (IsEmailAddress(user, password))
        {
            errors.Add(new IdentityError
            {
                Code = IsEmailCode,
                Description = "Gebruik niet uw e-mailadres als wachtwoord.",
            });
        }
        else if (CommonPasswords.IsCommon(password))
        {
            errors.Add(new IdentityError
            {
                Code = TooCommonCode,
                Description = "Dit wachtwoord wordt te vaak gebruikt en is makkelijk te raden. "
                    + "Kies een ander, bijvoorbeeld een zin van enkele woorden.",
            });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static bool IsEmailAddress(AppUser user, string password)
    {
        var email = user.Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return false;
        }

        var trimmed = password.Trim();
        var localPart = email.Split('@')[0];
        return trimmed.Equals(email, StringComparison.OrdinalIgnoreCase)
            || (localPart.Length >= 4 && trimmed.Equals(localPart, StringComparison.OrdinalIgnoreCase));
    }
}
