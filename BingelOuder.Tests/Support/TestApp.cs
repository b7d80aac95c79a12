using BingelOuder.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BingelOuder.Tests.Support;

/// <summary>
/// The real app on a fresh SQLite file in its own temporary folder, with mail going to a pickup
/// folder unless a test points it at an SMTP server.
/// </summary>
public class TestApp : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-Wachtwoord-2026";

    private readonly Dictionary<string, string?> _settings;

    public TestApp(
        bool seed = false, IDictionary<string, string?>? settings = null, string? folder = null,
        TestClock? clock = null)
    {
        Clock = clock ?? new TestClock();
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "bingelouder-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}",
            ["App:PublicBaseUrl"] = "https://ouders.test.example",
            ["Email:From"] = "BingelOuder <noreply@bingelouder.test>",
            ["Email:PickupDirectory"] = MailFolder,
            ["Email:Smtp:Host"] = "",
            ["Demo:Seed"] = seed ? "true" : "false",
            ["Demo:Password"] = DemoPassword,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "app.db");

    public string MailFolder => Path.Combine(Folder, "mail");

    /// <summary>The app's clock; move it to let links and sessions expire.</summary>
    public TestClock Clock { get; }

    /// <summary>Everything the app logged.</summary>
    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development the assets of packages (MudBlazor, the Blazor script) are only
        // found through the build's static web assets manifest.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public AppDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser-like client on https, so it keeps and sends the Secure login cookie.</summary>
    public HttpClient CreateSecureBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
        });
}
