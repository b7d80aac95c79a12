namespace BingelOuder.Features.ResultsFeed;

/// <summary>One result of a batch that passed the checks that need no database.</summary>
public sealed record FeedItem(
    int Index,
    string ResultId,
    string PupilUsername,
    string Subject,
    string? TaskId,
    string? TaskTitle,
    DateTime? TaskGivenAtUtc,
    DateTime FinishedAtUtc,
    int Correct,
    int Total);
