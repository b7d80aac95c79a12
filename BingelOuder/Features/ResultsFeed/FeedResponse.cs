using Microsoft.AspNetCore.Mvc;

namespace BingelOuder.Features.ResultsFeed;

/// <summary>
/// The answer to a processed batch: how many items came in, were stored now, had been stored
/// before (same result id) or were rejected, with one problem per thing wrong with an item.
/// </summary>
public sealed record FeedResponse(int Received, int Stored, int AlreadyStored, int Rejected, IReadOnlyList<ProblemDetails> Problems);
