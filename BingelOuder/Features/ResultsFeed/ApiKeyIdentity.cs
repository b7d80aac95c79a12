namespace BingelOuder.Features.ResultsFeed;

/// <summary>The school (and the key) a feed request was made with.</summary>
public sealed record ApiKeyIdentity(int KeyId, int SchoolId);
