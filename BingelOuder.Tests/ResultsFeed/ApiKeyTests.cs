using System.Security.Cryptography;
using System.Text;
using BingelOuder.Domain;
using BingelOuder.Features.ResultsFeed;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Tests.ResultsFeed;

public sealed class ApiKeyTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private FeedSchool _school = default!;

    public async ValueTask InitializeAsync() => _school = await FeedSchool.CreateAsync(_app);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_key_is_stored_only_as_its_sha256_hash_with_a_short_prefix()
    {
        await using var db = _app.CreateDbContext();

        var stored = await db.ApiKeys.SingleAsync(Ct);

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_school.Key)));
        Assert.Equal(expected, stored.Hash);
        Assert.Equal(_school.Key[..10], stored.Prefix);
        Assert.StartsWith("bo_", _school.Key, StringComparison.Ordinal);
        Assert.True(_school.Key.Length >= 40);
        Assert.DoesNotContain(await db.AuditEvents.Select(e => e.Details).ToListAsync(Ct),
            d => d != null && d.Contains(_school.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creating_and_revoking_a_key_are_recorded_for_the_school()
    {
        var keys = await _app.Service<ListApiKeys>().ExecuteAsync(_school.Admin.Id, Ct);

        await _app.Service<RevokeApiKey>().ExecuteAsync(_school.Admin.Id, keys.Single().Id, Ct);

        await using var db = _app.CreateDbContext();
        var types = await db.AuditEvents.Where(e => e.SchoolId == _school.SchoolId).OrderBy(e => e.Id)
            .Select(e => e.Type).ToListAsync(Ct);
        Assert.Equal([AuditEventTypes.ApiKeyCreated, AuditEventTypes.ApiKeyRevoked], types);
        var listed = Assert.Single(await _app.Service<ListApiKeys>().ExecuteAsync(_school.Admin.Id, Ct));
        Assert.False(listed.IsActive);
    }

    [Fact]
    public async Task An_admin_cannot_see_or_revoke_the_keys_of_another_school()
    {
        var other = await FeedSchool.CreateAsync(_app, "Basisschool De Eik");
        var theirKey = Assert.Single(await _app.Service<ListApiKeys>().ExecuteAsync(other.Admin.Id, Ct));

        var revoked = await _app.Service<RevokeApiKey>().ExecuteAsync(_school.Admin.Id, theirKey.Id, Ct);
        var mine = await _app.Service<ListApiKeys>().ExecuteAsync(_school.Admin.Id, Ct);

        Assert.False(revoked);
        Assert.DoesNotContain(mine, k => k.Id == theirKey.Id);
        Assert.True(Assert.Single(await _app.Service<ListApiKeys>().ExecuteAsync(other.Admin.Id, Ct)).IsActive);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_key_needs_a_name(string name)
    {
        var result = await _app.Service<CreateApiKey>().ExecuteAsync(_school.Admin.Id, name, Ct);

        Assert.False(result.Succeeded);
        Assert.Contains("naam", result.NameError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_name_longer_than_100_characters_is_refused()
    {
        var result = await _app.Service<CreateApiKey>().ExecuteAsync(_school.Admin.Id, new string('x', 101), Ct);

        Assert.Equal("De naam mag hoogstens 100 tekens lang zijn.", result.NameError);
    }

    [Fact]
    public async Task Using_a_key_records_when_it_was_last_used()
    {
        var identity = await _app.Service<AuthenticateApiKey>().ExecuteAsync(_school.Key, Ct);

        Assert.Equal(_school.SchoolId, identity!.SchoolId);
        var listed = Assert.Single(await _app.Service<ListApiKeys>().ExecuteAsync(_school.Admin.Id, Ct));
        Assert.NotNull(listed.LastUsedAtUtc);
    }
}
