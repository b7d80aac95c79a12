using BingelOuder.Features.Linking;
using BingelOuder.Tests.Support;
using Microsoft.Extensions.Options;

namespace BingelOuder.Tests.Linking;

public sealed class LinkingOptionsTests
{
    [Theory]
    [InlineData("Linking:AccountAttempts", "0")]
    [InlineData("Linking:PupilAttempts", "-1")]
    [InlineData("Linking:AddressWindow", "00:00:00")]
    [InlineData("Linking:AccountWindow", "2.00:00:00")]
    public async Task A_wrong_limit_stops_start_up_with_a_message_naming_the_key(string key, string value)
    {
        await using var app = new TestApp(settings: new Dictionary<string, string?> { [key] = value });

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains(key, Messages(error));
    }

    [Fact]
    public async Task Limits_are_read_from_configuration()
    {
        await using var app = new TestApp(settings: new Dictionary<string, string?>
        {
            ["Linking:AccountAttempts"] = "3", ["Linking:PupilWindow"] = "00:30:00",
        });

        var options = app.Service<IOptions<LinkingOptions>>().Value;

        Assert.Equal((3, TimeSpan.FromMinutes(30), 20), (options.AccountAttempts, options.PupilWindow,
            options.AddressAttempts));
    }

    private static string Messages(Exception error)
    {
        var all = new List<string>();
        var pending = new Stack<Exception>([error]);
        while (pending.TryPop(out var e))
        {
            all.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (e.InnerException is not null)
            {
                pending.Push(e.InnerException);
            }
        }

        return string.Join(" | ", all);
    }
}
