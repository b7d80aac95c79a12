using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BingelOuder.Features.ResultsFeed;

/// <summary>
/// Reads a JSON batch <c>{ "results": [ ... ] }</c> item by item, so that one malformed item is
/// answered on its own and the others still count. Checks that need the database (the pupil)
/// are left to <see cref="IngestResults"/>.
/// </summary>
public sealed partial class ReadFeedBatch(TimeProvider clock)
{
    public const int MaxItems = 1000;
    public const int MaxIdLength = 100;
    public const int MaxTitleLength = 300;
    public const int MaxTotal = 1000;

    /// <summary>Clocks differ a little; a result this far ahead of ours is still accepted.</summary>
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] IsoFormats =
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    public FeedBatch Execute(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is null ? "" : $" at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}";
            return FeedBatch.Refused(FeedProblemType.MalformedJson, $"The body could not be read as JSON{where}.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("results", out var results)
                || results.ValueKind != JsonValueKind.Array)
            {
                return FeedBatch.Refused(FeedProblemType.InvalidBatch,
                    "Send an object with a \"results\" array: { \"results\": [ { \"id\": ... } ] }.");
            }

            var count = results.GetArrayLength();
            if (count > MaxItems)
            {
                return FeedBatch.Refused(FeedProblemType.BatchTooLarge,
                    $"A batch holds at most {MaxItems} results; this one holds {count}. Split it.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var items = new List<FeedItem>(count);
            var problems = new List<FeedItemProblem>();
            var index = 0;
            foreach (var element in results.EnumerateArray())
            {
                var item = ReadItem(element, index++, now, problems);
                if (item is not null)
                {
                    items.Add(item);
                }
            }

            return new FeedBatch(count, items, problems);
        }
    }

    private static FeedItem? ReadItem(JsonElement element, int index, DateTime now, List<FeedItemProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new FeedItemProblem(index, null, FeedProblemType.MalformedItem,
                $"Item {index} is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not an object."));
            return null;
        }

        var before = problems.Count;
        var fields = new ItemFields(element, index, problems);
        var id = fields.RequiredString("id", MaxIdLength);
        fields.ResultId = id;
        var pupil = fields.RequiredString("pupilUsername", MaxIdLength);
        var subject = fields.RequiredString("subject", MaxIdLength);
        var taskId = fields.OptionalString("taskId", MaxIdLength);
        var taskTitle = fields.OptionalString("taskTitle", MaxTitleLength);
        var taskGivenAt = fields.OptionalDate("taskGivenAt");
        var finishedAt = fields.RequiredDate("finishedAt");
        var correct = fields.RequiredInt("correct");
        var total = fields.RequiredInt("total");

        if (finishedAt > now + AllowedClockSkew)
        {
            fields.Problem(FeedProblemType.FutureDate, "finishedAt",
                $"finishedAt {finishedAt:yyyy-MM-ddTHH:mm:ssZ} is in the future.");
        }

        if (taskGivenAt > now + AllowedClockSkew)
        {
            fields.Problem(FeedProblemType.FutureDate, "taskGivenAt",
                $"taskGivenAt {taskGivenAt:yyyy-MM-ddTHH:mm:ssZ} is in the future.");
        }

        if (total is not null && (total < 1 || total > MaxTotal))
        {
            fields.Problem(FeedProblemType.InvalidScore, "total", $"total must be between 1 and {MaxTotal}.");
        }
        else if (correct < 0)
        {
            fields.Problem(FeedProblemType.InvalidScore, "correct", "correct cannot be negative.");
        }
        else if (correct > total)
        {
            fields.Problem(FeedProblemType.ScoreAboveTotal, "correct",
                $"correct ({correct}) is above total ({total}).");
        }

        if (taskId is null && taskTitle is not null)
        {
            fields.Problem(FeedProblemType.MissingField, "taskId", "taskTitle was sent without a taskId.");
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new FeedItem(index, id!, pupil!, subject!, taskId, taskTitle, taskGivenAt, finishedAt!.Value,
            correct!.Value, total!.Value);
    }

    private sealed class ItemFields(JsonElement item, int index, List<FeedItemProblem> problems)
    {
        public string? ResultId { get; set; }

        public void Problem(FeedProblemType type, string field, string detail) =>
            problems.Add(new FeedItemProblem(index, ResultId, type, detail, field));

        public string? RequiredString(string name, int maxLength)
        {
            var value = OptionalString(name, maxLength, out var present);
            if (!present)
            {
                Problem(FeedProblemType.MissingField, name, $"{name} is required.");
            }

            return value;
        }

        public string? OptionalString(string name, int maxLength) => OptionalString(name, maxLength, out _);

        public DateTime? RequiredDate(string name)
        {
            var value = OptionalDate(name, out var present);
            if (!present)
            {
                Problem(FeedProblemType.MissingField, name, $"{name} is required.");
            }

            return value;
        }

        public DateTime? OptionalDate(string name) => OptionalDate(name, out _);

        public int? RequiredInt(string name)
        {
            if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                Problem(FeedProblemType.MissingField, name, $"{name} is required.");
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
            {
                Problem(FeedProblemType.InvalidField, name, $"{name} must be a whole number.");
                return null;
            }

            return number;
        }

        private string? OptionalString(string name, int maxLength, out bool present)
        {
            present = false;
            if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                present = true;
                Problem(FeedProblemType.InvalidField, name, $"{name} must be a string.");
                return null;
            }

            var text = value.GetString()!.Trim();
            if (text.Length == 0)
            {
                return null;
            }

            present = true;
            if (text.Length > maxLength)
            {
                Problem(FeedProblemType.InvalidField, name, $"{name} is longer than {maxLength} characters.");
                return null;
            }

            return text;
        }

        private DateTime? OptionalDate(string name, out bool present)
        {
            var text = OptionalString(name, 40, out present);
            if (text is null)
            {
                return null;
            }

            if (!OffsetAtEnd().IsMatch(text)
                || !DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None,
                    out var parsed))
            {
                Problem(FeedProblemType.InvalidField, name,
                    $"{name} must be an ISO 8601 date and time with an offset, such as 2026-03-02T15:04:05+01:00.");
                return null;
            }

            return parsed.UtcDateTime;
        }
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetAtEnd();
}
