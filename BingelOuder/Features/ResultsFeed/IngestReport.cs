namespace BingelOuder.Features.ResultsFeed;

public sealed record IngestReport(int Stored, int AlreadyStored, IReadOnlyList<FeedItemProblem> Problems);
