namespace BingelOuder.Features.Help;

/// <summary>Which help page belongs to a page: the help of the area the user is working in.</summary>
public static class HelpTopic
{
    public const string Parents = "/help";
    public const string Teachers = "/help/leerkracht";
    public const string SchoolAdmins = "/help/schoolbeheer";

    public static string For(string relativePath)
    {
        var path = "/" + relativePath.TrimStart('/');
        return path.StartsWith("/schoolbeheer", StringComparison.OrdinalIgnoreCase) ? SchoolAdmins
            : path.StartsWith("/leerkracht", StringComparison.OrdinalIgnoreCase) ? Teachers
            : path.StartsWith("/help/", StringComparison.OrdinalIgnoreCase) ? path
            : Parents;
    }
}
