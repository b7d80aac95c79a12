using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BingelOuder.Tests.ResultsFeed;

/// <summary>Posts batches to the feed the way the practice platform's script would.</summary>
public static class FeedRequests
{
    public const string Path = "/api/v1/results";

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string? key, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string? key, params JsonObject[] results) =>
        PostAsync(client, key, new JsonObject { ["results"] = new JsonArray(results.Select(r => r.DeepClone()).ToArray()) }
            .ToJsonString());

    public static JsonObject Result(
        string id, string pupil, string subject = "Wiskunde", int correct = 7, int total = 10,
        DateTimeOffset? finishedAt = null, string? taskId = null, string? taskTitle = null) => new()
    {
        ["id"] = id,
        ["pupilUsername"] = pupil,
        ["subject"] = subject,
        ["taskId"] = taskId,
        ["taskTitle"] = taskTitle,
        ["finishedAt"] = (finishedAt ?? DateTimeOffset.UtcNow.AddHours(-1)).ToString("yyyy-MM-ddTHH:mm:sszzz"),
        ["correct"] = correct,
        ["total"] = total,
    };

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}
