namespace BingelOuder.Features.Accounts;

public enum LoginOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    NotActivated,
}
