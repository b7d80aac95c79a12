using System.Net;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.Foundation;

public sealed class StartupTests
{
    [Fact]
    public async Task Fresh_sqlite_file_is_created_by_migrations_and_pages_answer()
    {
        await using var app = new TestApp();
        var client = app.CreateBrowserLikeClient();

        var parentPage = await client.GetAsync("/ouder", TestContext.Current.CancellationToken);
        var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, parentPage.StatusCode);
        var html = await parentPage.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Maak een account aan", html);
        Assert.Contains("Aanmelden", html);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(File.Exists(app.DatabasePath));
        await using var db = app.CreateDbContext();
        var applied = await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken);
        Assert.Contains(applied, m => m.EndsWith("_InitialSchema", StringComparison.Ordinal));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Health_reports_unhealthy_when_the_database_cannot_be_reached()
    {
        await using var app = new TestApp();
        var client = app.CreateBrowserLikeClient();
        await client.GetAsync("/health", TestContext.Current.CancellationToken);

        File.Delete(app.DatabasePath);
        Directory.Delete(app.Folder, recursive: true);
        var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Theory]
    [InlineData("/leerkracht")]
    [InlineData("/schoolbeheer")]
    public async Task Staff_pages_send_an_anonymous_visitor_to_the_login_page(string path)
    {
        await using var app = new TestApp();
        var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/aanmelden", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Sqlite_runs_in_wal_mode()
    {
        await using var app = new TestApp();
        _ = app.Services;
        await using var db = app.CreateDbContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        var mode = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", mode);
    }
}
