using BingelOuder.Tests.Support;

namespace BingelOuder.Tests.Foundation;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("App:PublicBaseUrl", "not-an-address")]
    [InlineData("App:PublicBaseUrl", "")]
    [InlineData("Email:From", "nobody")]
    [InlineData("Email:Smtp:Port", "0")]
    [InlineData("Email:Smtp:Port", "abc")]
    [InlineData("Email:Smtp:Security", "Sometimes")]
    [InlineData("ConnectionStrings:Default", "")]
    public async Task A_wrong_value_stops_start_up_with_a_message_naming_the_key(string key, string value)
    {
        await using var app = new TestApp(settings: new Dictionary<string, string?> { [key] = value });

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains(key, messages);
    }

    [Fact]
    public async Task Seeding_without_a_demo_password_stops_start_up_naming_the_key()
    {
        await using var app = new TestApp(seed: true, settings: new Dictionary<string, string?> { ["Demo:Password"] = "" });

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains("Demo:Password", string.Join(" | ", Flatten(error).Select(e => e.Message)));
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
