using BingelOuder.Tests.Support;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

/// <summary>A page left open in another tab follows what happens to the login session.</summary>
public sealed class SessionBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    private const string Email = "twee.tabs@example.be";

    [Fact]
    public async Task Logging_out_in_one_tab_closes_the_linking_page_open_in_another()
    {
        await using var app = new KestrelTestApp(seed: true);
        await app.CreateParentAsync(Email);
        var open = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(open, Email, TestAccounts.ParentPassword);
        await open.GotoAsync("/ouder/koppelen");
        await Support.Browser.WaitForInteractiveAsync(open);
        await Assertions.Expect(open.GetByLabel("Oudercode")).ToBeVisibleAsync();
        var other = await open.Context.NewPageAsync();

        await other.GotoAsync("/ouder/account");
        await other.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await other.WaitForURLAsync(url => !url.Contains("/ouder/account", StringComparison.Ordinal));

        // The open page's live connection checks the session every few seconds.
        await open.WaitForURLAsync("**/account/aanmelden**", new() { Timeout = 30_000 });
        await Assertions.Expect(open.GetByLabel("Oudercode")).ToHaveCountAsync(0);
        await Support.Browser.ScreenshotAsync(open, "session-other-tab-logged-out");
    }
}
