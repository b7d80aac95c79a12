using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BingelOuder.Tests.Support;

/// <summary>The test app with its <see cref="TimeProvider"/> replaced, so "now" is what the test says.</summary>
public sealed class ClockedTestApp(TimeProvider clock, bool seed = false) : TestApp(seed)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
