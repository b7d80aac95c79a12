using BingelOuder.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Data;

/// <summary>
/// Applies migrations, switches SQLite to WAL, and seeds the demo school when asked. Runs before
/// the host starts, because Data Protection reads its keys from the database at start-up.
/// </summary>
public static partial class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        LogMigrated(logger);

        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        await seeder.SeedIfEnabledAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database is migrated and in WAL mode")]
    private static partial void LogMigrated(ILogger logger);
}
