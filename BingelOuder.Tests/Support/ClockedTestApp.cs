using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BingelOuder.Tests.Support;

/// <summary>The test app with a clock the test moves and every log line kept.</summary>
public sealed class ClockedTestApp(
    TestClock? clock = null, IDictionary<string, string?>? settings = null, string? folder = null)
    : TestApp(seed: false, settings, folder)
{
    public TestClock Clock { get; } = clock ?? new TestClock();

    public LogSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
