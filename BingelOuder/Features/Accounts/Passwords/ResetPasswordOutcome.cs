namespace BingelOuder.Features.Accounts.Passwords;

public enum ResetPasswordOutcome
{
    Succeeded,

    /// <summary>The link is unknown, expired or already used.</summary>
    InvalidLink,

    PasswordRefused,
}
