namespace BingelOuder.Features.Accounts.Passwords;

public sealed record ResetPasswordResult(ResetPasswordOutcome Outcome, IReadOnlyList<string> PasswordErrors)
{
    public static readonly ResetPasswordResult Succeeded = new(ResetPasswordOutcome.Succeeded, []);

    public static readonly ResetPasswordResult InvalidLink = new(ResetPasswordOutcome.InvalidLink, []);
}
