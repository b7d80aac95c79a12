namespace BingelOuder.Features.Accounts.Passwords;

public enum ChangePasswordOutcome
{
    Succeeded,
    WrongCurrentPassword,
    LockedOut,
    PasswordRefused,
}
