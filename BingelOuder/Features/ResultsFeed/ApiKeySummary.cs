namespace BingelOuder.Features.ResultsFeed;

/// <summary>A key as the school admin sees it: never the key itself, which is not stored.</summary>
public sealed record ApiKeySummary(
    int Id, string Name, string Prefix, DateTime CreatedAtUtc, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc)
{
    public bool IsActive => RevokedAtUtc is null;
}
