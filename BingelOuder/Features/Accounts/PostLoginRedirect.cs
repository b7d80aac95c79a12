using BingelOuder.Domain;

namespace BingelOuder.Features.Accounts;

/// <summary>Chooses where a user lands after logging in: the asked page if local, else their role's home.</summary>
public static class PostLoginRedirect
{
    public static string HomeFor(IList<string> roles) =>
        roles.Contains(Roles.SchoolAdmin) ? "/schoolbeheer"
        : roles.Contains(Roles.Teacher) ? "/leerkracht"
        : "/ouder/overzicht";

    public static string Choose(string? returnUrl, IList<string> roles) =>
        IsLocal(returnUrl) ? returnUrl! : HomeFor(roles);

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url.StartsWith('/')
        && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal);
}
