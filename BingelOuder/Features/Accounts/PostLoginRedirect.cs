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

    /// <summary>A parent without a first and last name gives them first, then goes on to the target.</summary>
    public static string AskNamesFirst(AppUser user, IList<string> roles, string target) =>
        roles.Contains(Roles.Parent)
        && (string.IsNullOrWhiteSpace(user.FirstName) || string.IsNullOrWhiteSpace(user.LastName))
            ? $"{Names.NamesFirst.NamesPath}?returnUrl={Uri.EscapeDataString(target)}"
            : target;

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url.StartsWith('/')
        && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal);
}
