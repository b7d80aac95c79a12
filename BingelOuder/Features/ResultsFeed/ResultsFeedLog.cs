namespace BingelOuder.Features.ResultsFeed;

internal static partial class ResultsFeedLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Results feed refused a request without a valid API key")]
    public static partial void InvalidKey(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Results feed: school {SchoolId}, key {KeyId}: {Received} received, {Stored} stored, "
            + "{AlreadyStored} already stored, {Rejected} rejected")]
    public static partial void Ingested(
        ILogger logger, int schoolId, int keyId, int received, int stored, int alreadyStored, int rejected);

    [LoggerMessage(Level = LogLevel.Information, Message = "Results feed: school {SchoolId} sent an unusable batch: {Problem}")]
    public static partial void BatchRefused(ILogger logger, int schoolId, string problem);
}
