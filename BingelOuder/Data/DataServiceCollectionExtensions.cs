using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringKey = "ConnectionStrings:Default";

    public static IServiceCollection AddAppData(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = ResolveConnectionString(configuration, environment);
        services.AddDbContextFactory<AppDbContext>(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmaInterceptor()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Makes a relative SQLite path relative to the app's folder, not the shell's.</summary>
    internal static string ResolveConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"Configuration key '{ConnectionStringKey}' is missing: set a SQLite connection string.");
        }

        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(value);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException(
                $"Configuration key '{ConnectionStringKey}' is not a valid SQLite connection string: {ex.Message}");
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new InvalidOperationException(
                $"Configuration key '{ConnectionStringKey}' has no 'Data Source'.");
        }

        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        }

        if (builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.Pooling = true;
        return builder.ToString();
    }
}
