namespace BingelOuder.Features.Accounts.Registration;

public enum RegistrationOutcome
{
    /// <summary>The e-mail is on its way: an activation link for a new account, a notice for an existing one.</summary>
    MailSent,

    /// <summary>The account is kept, but the e-mail could not be sent; the parent can ask for it again.</summary>
    MailFailed,

    PasswordRefused,
}
