using BingelOuder.Data;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace BingelOuder.Features.ResultsFeed;

/// <summary>Makes a new API key for the school admin's school; only its hash is kept.</summary>
public sealed partial class CreateApiKey(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, AuditTrail audit, ILogger<CreateApiKey> logger)
{
    public const int NameMaxLength = 100;

    public async Task<CreateApiKeyResult> ExecuteAsync(
        string adminUserId, string? name, CancellationToken cancellationToken = default)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return CreateApiKeyResult.Invalid("Geef de sleutel een naam, bijvoorbeeld \"Leerplatform\".");
        }

        if (trimmed.Length > NameMaxLength)
        {
            return CreateApiKeyResult.Invalid($"De naam mag hoogstens {NameMaxLength} tekens lang zijn.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schoolId = await AdminSchool.IdOfAsync(db, adminUserId, cancellationToken)
            ?? throw new InvalidOperationException("Only staff of a school can make API keys.");

        var key = ApiKeySecret.NewKey();
        var apiKey = new ApiKey
        {
            SchoolId = schoolId,
            Name = trimmed,
            Prefix = ApiKeySecret.PrefixOf(key),
            Hash = ApiKeySecret.Hash(key),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = adminUserId,
        };
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);

        await audit.RecordAsync(
            AuditEventTypes.ApiKeyCreated, adminUserId, schoolId,
            details: $"API key {apiKey.Id} ({apiKey.Prefix}…) \"{apiKey.Name}\"", cancellationToken: cancellationToken);
        LogCreated(logger, apiKey.Id, schoolId, adminUserId);

        return new CreateApiKeyResult(key, new ApiKeySummary(
            apiKey.Id, apiKey.Name, apiKey.Prefix, apiKey.CreatedAtUtc, null, null), null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "API key {KeyId} made for school {SchoolId} by {UserId}")]
    private static partial void LogCreated(ILogger logger, int keyId, int schoolId, string userId);
}
