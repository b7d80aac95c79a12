namespace BingelOuder.Features.Accounts.Deletion;

public enum DeleteAccountOutcome
{
    Deleted,
    WrongPassword,
    LockedOut,
}
