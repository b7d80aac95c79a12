namespace BingelOuder.Features.Accounts.Passwords;

public sealed record ChangePasswordResult(ChangePasswordOutcome Outcome, IReadOnlyList<string> PasswordErrors)
{
    public static ChangePasswordResult Of(ChangePasswordOutcome outcome) => new(outcome, []);
}
