using System.Net;
using BingelOuder.Features.Help;
using BingelOuder.Tests.Support;

namespace BingelOuder.Tests.Help;

public sealed class HelpTests
{
    [Theory]
    [InlineData("ouder/overzicht", "/help")]
    [InlineData("account/aanmelden", "/help")]
    [InlineData("leerkracht/overzichten", "/help/leerkracht")]
    [InlineData("schoolbeheer/leerlingen", "/help/schoolbeheer")]
    [InlineData("help/leerkracht", "/help/leerkracht")]
    public void Each_area_links_to_its_own_help(string path, string expected)
    {
        Assert.Equal(expected, HelpTopic.For(path));
    }

    [Theory]
    [InlineData("/help", "Uw kind koppelen", "Veilig en verantwoord oefenen")]
    [InlineData("/help/leerkracht", "Brieven, etiketten en lijsten", "Mijn leerlingen")]
    [InlineData("/help/schoolbeheer", "Schoolbeheer in acht stappen", "Klaslijst")]
    public async Task Help_pages_are_public_and_cover_their_topics(string path, string topic, string other)
    {
        await using var app = new TestApp();
        var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(topic, html);
        Assert.Contains(other, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_page_has_a_help_link_to_the_help_of_its_area()
    {
        await using var app = new TestApp();
        var client = app.CreateBrowserLikeClient();

        var parentPage = await client.GetStringAsync("/ouder", TestContext.Current.CancellationToken);
        var loginPage = await client.GetStringAsync("/account/aanmelden", TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/help\"", parentPage);
        Assert.Contains("href=\"/help\"", loginPage);
    }
}
