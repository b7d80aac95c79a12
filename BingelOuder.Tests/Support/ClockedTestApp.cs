using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace BingelOuder.Tests.Support;

/// <summary>The test app with a clock that stands still until the test moves it, and debug logging kept.</summary>
public sealed class ClockedTestApp(
    TestClock? clock = null, IDictionary<string, string?>? settings = null, string? folder = null)
    : TestApp(seed: false, settings, folder, clock ?? new TestClock(DateTimeOffset.UtcNow))
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
    }
}
