using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BingelOuder.Features.Overview;
using BingelOuder.Features.ResultsFeed;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static BingelOuder.Tests.ResultsFeed.FeedRequests;

namespace BingelOuder.Tests.ResultsFeed;

public sealed class ResultsFeedTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private FeedSchool _school = default!;
    private HttpClient _client = default!;

    public async ValueTask InitializeAsync()
    {
        _school = await FeedSchool.CreateAsync(_app);
        _client = _app.CreateClient();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> StoredResultsAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.ExerciseResults.CountAsync(Ct);
    }

    [Fact]
    public async Task A_valid_batch_is_stored_with_new_tasks_for_the_pupils_class_and_new_subjects()
    {
        var finished = new DateTimeOffset(2026, 3, 9, 16, 5, 30, TimeSpan.FromHours(1));

        var response = await PostAsync(_client, _school.Key,
            Result("r-1", _school.Jana.Username, "Wiskunde", 8, 10, finished, "t-1", "Tafels van 8"),
            Result("r-2", _school.Ruben.Username, "Wiskunde", 3, 10, finished.AddMinutes(5), "t-1"),
            Result("r-3", _school.Jana.Username, "Muziek", 5, 5, finished.AddHours(2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal((3, 3, 0, 0), (body.GetProperty("received").GetInt32(), body.GetProperty("stored").GetInt32(),
            body.GetProperty("alreadyStored").GetInt32(), body.GetProperty("rejected").GetInt32()));
        await using var db = _app.CreateDbContext();
        var task = await db.PracticeTasks.Include(t => t.Subject).SingleAsync(t => t.ExternalId == "t-1", Ct);
        Assert.Equal(("Tafels van 8", "Wiskunde", _school.ClassId, _school.SchoolId),
            (task.Title, task.Subject!.Name, task.SchoolClassId, task.SchoolId));
        Assert.Equal(finished.UtcDateTime, task.GivenAtUtc);
        var first = await db.ExerciseResults.SingleAsync(r => r.ExternalId == "r-1", Ct);
        Assert.Equal((_school.Jana.Id, task.Id, 8, 10), (first.PupilId, first.PracticeTaskId, first.Correct, first.Total));
        Assert.Equal(new DateTime(2026, 3, 9, 15, 5, 30), first.FinishedAtUtc);
        var music = await db.ExerciseResults.Include(r => r.Subject).SingleAsync(r => r.ExternalId == "r-3", Ct);
        Assert.Equal("Muziek", music.Subject!.Name);
        Assert.Null(music.PracticeTaskId);
    }

    [Fact]
    public async Task The_same_batch_sent_twice_is_stored_once()
    {
        JsonObject[] batch =
        [
            Result("r-1", _school.Jana.Username, taskId: "t-9", taskTitle: "Breuken"),
            Result("r-2", _school.Ruben.Username, taskId: "t-9"),
        ];
        await PostAsync(_client, _school.Key, batch);

        var again = await PostAsync(_client, _school.Key, batch);

        var body = await BodyAsync(again);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((0, 2), (body.GetProperty("stored").GetInt32(), body.GetProperty("alreadyStored").GetInt32()));
        Assert.Equal(2, await StoredResultsAsync());
        await using var db = _app.CreateDbContext();
        Assert.Equal(1, await db.PracticeTasks.CountAsync(t => t.ExternalId == "t-9", Ct));
    }

    [Fact]
    public async Task A_result_id_repeated_within_one_batch_is_stored_once()
    {
        var response = await PostAsync(_client, _school.Key,
            Result("r-1", _school.Jana.Username, correct: 4), Result("r-1", _school.Jana.Username, correct: 9));

        var body = await BodyAsync(response);
        Assert.Equal((1, 1), (body.GetProperty("stored").GetInt32(), body.GetProperty("alreadyStored").GetInt32()));
        await using var db = _app.CreateDbContext();
        Assert.Equal(4, (await db.ExerciseResults.SingleAsync(Ct)).Correct);
    }

    [Fact]
    public async Task Invalid_items_get_a_problem_each_and_the_valid_items_of_the_batch_are_kept()
    {
        var json = $$"""
            { "results": [
              { "id": "ok-1", "pupilUsername": "{{_school.Jana.Username}}", "subject": "Frans",
                "finishedAt": "2026-03-02T15:04:05+01:00", "correct": 3, "total": 4 },
              { "id": "bad-pupil", "pupilUsername": "niemand.hier", "subject": "Frans",
                "finishedAt": "2026-03-02T15:04:05+01:00", "correct": 3, "total": 4 },
              { "id": "bad-score", "pupilUsername": "{{_school.Jana.Username}}", "subject": "Frans",
                "finishedAt": "2026-03-02T15:04:05Z", "correct": 5, "total": 4 },
              { "id": "bad-date", "pupilUsername": "{{_school.Jana.Username}}", "subject": "Frans",
                "finishedAt": "{{DateTimeOffset.UtcNow.AddDays(2):yyyy-MM-ddTHH:mm:ssZ}}", "correct": 1, "total": 4 },
              42,
              { "id": "bad-type", "pupilUsername": "{{_school.Jana.Username}}", "subject": "Frans",
                "finishedAt": "2026-03-02T15:04:05Z", "correct": "drie", "total": 4 },
              { "pupilUsername": "{{_school.Jana.Username}}", "subject": "Frans",
                "finishedAt": "2026-03-02 15:04", "correct": 1, "total": 4 },
              { "id": "new-task", "pupilUsername": "{{_school.Jana.Username}}", "subject": "Frans",
                "taskId": "t-zonder-titel", "finishedAt": "2026-03-02T15:04:05Z", "correct": 1, "total": 4 }
            ] }
            """;

        var response = await PostAsync(_client, _school.Key, json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal((8, 1, 7), (body.GetProperty("received").GetInt32(), body.GetProperty("stored").GetInt32(),
            body.GetProperty("rejected").GetInt32()));
        var problems = body.GetProperty("problems").EnumerateArray()
            .Select(p => (
                Index: p.GetProperty("index").GetInt32(),
                Type: p.GetProperty("type").GetString(),
                Field: p.TryGetProperty("field", out var f) ? f.GetString() : null,
                Status: p.GetProperty("status").GetInt32()))
            .ToList();
        Assert.Equal(
            [
                (1, "urn:bingelouder:problem:unknown-pupil", "pupilUsername", 422),
                (2, "urn:bingelouder:problem:score-above-total", "correct", 422),
                (3, "urn:bingelouder:problem:future-date", "finishedAt", 422),
                (4, "urn:bingelouder:problem:malformed-item", null, 422),
                (5, "urn:bingelouder:problem:invalid-field", "correct", 422),
                (6, "urn:bingelouder:problem:missing-field", "id", 422),
                (6, "urn:bingelouder:problem:invalid-field", "finishedAt", 422),
                (7, "urn:bingelouder:problem:task-title-missing", "taskTitle", 422),
            ],
            problems.OrderBy(p => p.Index).ThenBy(p => p.Field == "id" ? 0 : 1).ToList());
        var scoreProblem = body.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("index").GetInt32() == 2);
        Assert.Equal("bad-score", scoreProblem.GetProperty("resultId").GetString());
        Assert.Equal("correct (5) is above total (4).", scoreProblem.GetProperty("detail").GetString());
        await using var db = _app.CreateDbContext();
        Assert.Equal(["ok-1"], await db.ExerciseResults.Select(r => r.ExternalId).ToListAsync(Ct));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bo_ditIsGeenEchteSleutelMaarLijktEropZoWeetJeHet1234")]
    [InlineData("wrong")]
    public async Task A_missing_or_wrong_key_is_refused_with_401_and_nothing_is_stored(string? key)
    {
        var response = await PostAsync(_client, key, Result("r-1", _school.Jana.Username));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("urn:bingelouder:problem:invalid-api-key", (await BodyAsync(response)).GetProperty("type").GetString());
        Assert.Equal(0, await StoredResultsAsync());
    }

    [Fact]
    public async Task A_revoked_key_is_refused_with_401_and_nothing_is_stored()
    {
        await PostAsync(_client, _school.Key, Result("r-1", _school.Jana.Username));
        var keys = await _app.Service<ListApiKeys>().ExecuteAsync(_school.Admin.Id, Ct);
        Assert.True(await _app.Service<RevokeApiKey>().ExecuteAsync(_school.Admin.Id, keys.Single().Id, Ct));

        var response = await PostAsync(_client, _school.Key, Result("r-2", _school.Jana.Username));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, await StoredResultsAsync());
    }

    [Fact]
    public async Task Malformed_json_is_answered_with_a_problem_that_says_where()
    {
        var response = await PostAsync(_client, _school.Key, "{ \"results\": [ { \"id\": \"r-1\", } ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await BodyAsync(response);
        Assert.Equal("urn:bingelouder:problem:malformed-json", body.GetProperty("type").GetString());
        Assert.Contains("line 1", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await StoredResultsAsync());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{ \"resultaten\": [] }")]
    [InlineData("{ \"results\": {} }")]
    public async Task A_body_that_is_not_a_batch_is_answered_with_400(string json)
    {
        var response = await PostAsync(_client, _school.Key, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("urn:bingelouder:problem:invalid-batch", (await BodyAsync(response)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_batch_of_more_than_1000_results_is_refused_with_413_and_nothing_is_stored()
    {
        var items = Enumerable.Range(0, ReadFeedBatch.MaxItems + 1)
            .Select(i => Result($"r-{i}", _school.Jana.Username)).ToArray();

        var response = await PostAsync(_client, _school.Key, items);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("urn:bingelouder:problem:batch-too-large", (await BodyAsync(response)).GetProperty("type").GetString());
        Assert.Equal(0, await StoredResultsAsync());
    }

    [Fact]
    public async Task A_batch_of_exactly_1000_results_is_stored()
    {
        var items = Enumerable.Range(0, ReadFeedBatch.MaxItems)
            .Select(i => Result($"r-{i}", i % 2 == 0 ? _school.Jana.Username : _school.Ruben.Username)).ToArray();

        var response = await PostAsync(_client, _school.Key, items);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1000, (await BodyAsync(response)).GetProperty("stored").GetInt32());
        Assert.Equal(1000, await StoredResultsAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, FeedRequests.Path) { Content = new StringContent("id;score") };
        request.Headers.Add("X-Api-Key", _school.Key);

        var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_key_of_one_school_cannot_deliver_results_for_pupils_of_another()
    {
        var other = await FeedSchool.CreateAsync(_app, "Basisschool De Eik");

        var response = await PostAsync(_client, other.Key, Result("r-1", _school.Jana.Username));

        var problem = Assert.Single((await BodyAsync(response)).GetProperty("problems").EnumerateArray());
        Assert.Equal("urn:bingelouder:problem:unknown-pupil", problem.GetProperty("type").GetString());
        Assert.Equal(0, await StoredResultsAsync());
    }

    [Fact]
    public async Task Results_from_the_feed_show_in_the_parents_overview()
    {
        var parent = await _app.CreateParentAsync("ouder.jana@example.be");
        await _app.LinkAsync(parent, _school.Jana.Id);
        var justNow = DateTimeOffset.UtcNow.AddMinutes(-1);
        await PostAsync(_client, _school.Key,
            Result("r-1", _school.Jana.Username, "Wiskunde", 9, 10, justNow, "t-1", "Tafels"),
            Result("r-2", _school.Jana.Username, "Nederlands", 2, 5, justNow));

        var result = await _app.Service<GetChildOverview>().ExecuteAsync(parent.Id, _school.Jana.Id, PeriodKind.ThisWeek, Ct);

        var overview = result.Overview!;
        Assert.Equal(2, overview.ExercisesMade);
        Assert.Equal(new Score(11, 15), overview.General);
        Assert.Equal((1, 1), (overview.TasksGiven, overview.TasksMade));
        Assert.Equal(2, overview.Weeks[^1].Exercises);
        Assert.Equal("Tafels", Assert.Single(overview.RecentTasks).Title);
    }
}
