namespace BingelOuder.Features.Accounts.Registration;

public sealed record RegistrationResult(RegistrationOutcome Outcome, IReadOnlyList<string> PasswordErrors)
{
    public static readonly RegistrationResult MailSent = new(RegistrationOutcome.MailSent, []);

    public static readonly RegistrationResult MailFailed = new(RegistrationOutcome.MailFailed, []);

    public static RegistrationResult PasswordRefused(IReadOnlyList<string> errors) =>
        new(RegistrationOutcome.PasswordRefused, errors);
}
