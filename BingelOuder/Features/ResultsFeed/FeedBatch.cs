namespace BingelOuder.Features.ResultsFeed;

/// <summary>
/// A read batch: the items that may be stored and the problems of the others; or, when the body
/// as a whole is unusable, only <see cref="BatchProblem"/> and its detail.
/// </summary>
public sealed record FeedBatch(
    int Received,
    IReadOnlyList<FeedItem> Items,
    IReadOnlyList<FeedItemProblem> Problems,
    FeedProblemType? BatchProblem = null,
    string? BatchProblemDetail = null)
{
    public static FeedBatch Refused(FeedProblemType problem, string detail) => new(0, [], [], problem, detail);
}
