namespace BingelOuder.Tests.Support;

/// <summary>The test app on a real Kestrel port, for a real browser.</summary>
public sealed class KestrelTestApp : TestApp
{
    public KestrelTestApp(bool seed = false, IDictionary<string, string?>? settings = null)
        : base(seed, settings)
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    public string BaseUrl { get; }
}
