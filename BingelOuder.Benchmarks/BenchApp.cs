using BingelOuder.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Benchmarks;

/// <summary>The real app (its services and HTTP pipeline, in memory) on a SQLite file in the work folder.</summary>
public sealed class BenchApp(string folder) : WebApplicationFactory<Program>
{
    public string DatabasePath => Path.Combine(folder, "bench.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("App:PublicBaseUrl", "https://ouders.bench.example");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(folder, "mail"));
        builder.UseSetting("Demo:Seed", "false");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public AppDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
}
