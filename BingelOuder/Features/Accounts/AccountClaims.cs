namespace BingelOuder.Features.Accounts;

public static class AccountClaims
{
    /// <summary>Present on a parent who has not yet given a first and last name.</summary>
    public const string NamesMissing = "bingelouder:names_missing";
}
