using Microsoft.AspNetCore.Mvc;

namespace BingelOuder.Features.ResultsFeed;

public static class ResultsFeedEndpointRouteBuilderExtensions
{
    public const string ResultsPath = "/api/v1/results";
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Far above 1,000 results of normal size; a larger body is refused before it is read.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapResultsFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(ResultsPath, PostResultsAsync);
        return endpoints;
    }

    private static async Task<IResult> PostResultsAsync(
        HttpContext context, AuthenticateApiKey authenticate, ReadFeedBatch read, IngestResults ingest,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(ResultsFeedEndpointRouteBuilderExtensions));
        var identity = await authenticate.ExecuteAsync(context.Request.Headers[ApiKeyHeader], cancellationToken);
        if (identity is null)
        {
            ResultsFeedLog.InvalidKey(logger);
            context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeyHeader}\"";
            return Problem(FeedProblemType.InvalidApiKey,
                $"Send the school's API key in the {ApiKeyHeader} header. Nothing was stored.");
        }

        if (!context.Request.HasJsonContentType())
        {
            return Problem(FeedProblemType.UnsupportedMediaType, "Send the batch with Content-Type: application/json.");
        }

        var body = await ReadBodyAsync(context.Request, cancellationToken);
        if (body is null)
        {
            return Problem(FeedProblemType.BatchTooLarge,
                $"The body is larger than {MaxBodyBytes / (1024 * 1024)} MB. Send at most 1,000 results a batch.");
        }

        var batch = read.Execute(body.Value);
        if (batch.BatchProblem is not null)
        {
            ResultsFeedLog.BatchRefused(logger, identity.SchoolId, batch.BatchProblem.Slug);
            return Problem(batch.BatchProblem, batch.BatchProblemDetail!);
        }

        var report = await ingest.ExecuteAsync(identity.SchoolId, batch.Items, cancellationToken);
        var problems = batch.Problems.Concat(report.Problems).OrderBy(p => p.Index).ToList();
        var rejected = problems.Select(p => p.Index).Distinct().Count();
        ResultsFeedLog.Ingested(logger, identity.SchoolId, identity.KeyId, batch.Received, report.Stored,
            report.AlreadyStored, rejected);

        return TypedResults.Ok(new FeedResponse(batch.Received, report.Stored, report.AlreadyStored, rejected,
            problems.Select(p => p.ToProblemDetails()).ToList()));
    }

    private static IResult Problem(FeedProblemType type, string detail) =>
        TypedResults.Problem(new ProblemDetails { Type = type.Uri, Title = type.Title, Status = type.Status, Detail = detail });

    /// <summary>The whole body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
