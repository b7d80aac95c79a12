namespace BingelOuder.Infrastructure.Options;

public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The address put into e-mails and letters; never taken from a request.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public Uri BaseUri => new(PublicBaseUrl.TrimEnd('/') + "/");

    public string Link(string relativePath) => new Uri(BaseUri, relativePath.TrimStart('/')).ToString();
}
