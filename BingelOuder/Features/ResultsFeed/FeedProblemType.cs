namespace BingelOuder.Features.ResultsFeed;

/// <summary>
/// The kinds of problem the feed answers with (RFC 7807). The API speaks English to the
/// developers of the practice platform; the type URIs are stable and never change meaning.
/// </summary>
public sealed record FeedProblemType(string Slug, string Title, int Status)
{
    public string Uri => $"urn:bingelouder:problem:{Slug}";

    // Whole request
    public static readonly FeedProblemType InvalidApiKey = new("invalid-api-key", "Missing, wrong or revoked API key", 401);
    public static readonly FeedProblemType UnsupportedMediaType = new("unsupported-media-type", "Send JSON", 415);
    public static readonly FeedProblemType MalformedJson = new("malformed-json", "The body is not valid JSON", 400);
    public static readonly FeedProblemType InvalidBatch = new("invalid-batch", "The body is not a batch of results", 400);
    public static readonly FeedProblemType BatchTooLarge = new("batch-too-large", "The batch is too large", 413);

    // One item of a batch
    public static readonly FeedProblemType MalformedItem = new("malformed-item", "The item is not a result object", 422);
    public static readonly FeedProblemType MissingField = new("missing-field", "A required field is missing", 422);
    public static readonly FeedProblemType InvalidField = new("invalid-field", "A field has a wrong type or form", 422);
    public static readonly FeedProblemType UnknownPupil = new("unknown-pupil", "Unknown pupil", 422);
    public static readonly FeedProblemType InvalidScore = new("invalid-score", "The score is not possible", 422);
    public static readonly FeedProblemType ScoreAboveTotal = new("score-above-total", "Correct is above total", 422);
    public static readonly FeedProblemType FutureDate = new("future-date", "The date is in the future", 422);
    public static readonly FeedProblemType TaskTitleMissing = new("task-title-missing", "A new task needs a title", 422);
}
