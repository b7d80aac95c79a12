using System.Net;
using BingelOuder.Tests.Support;

namespace BingelOuder.Tests.Linking;

public sealed class LinkingPageAccessTests
{
    [Theory]
    [InlineData("/ouder/koppelen?schoolcode=DEMO01&klas=3A&klasnummer=5")]
    [InlineData("/ouder/koppelen/melden/1")]
    public async Task Anonymous_visitors_are_sent_to_login_with_the_whole_address_to_come_back_to(string path)
    {
        await using var app = new TestApp();
        var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/aanmelden?ReturnUrl={Uri.EscapeDataString(path)}",
            response.Headers.Location?.PathAndQuery);
    }
}
