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

    [Fact]
    public async Task An_open_page_stays_after_the_session_was_renewed_by_a_later_request()
    {
        await using var app = new KestrelTestApp(seed: true);
        await app.CreateParentAsync(Email);
        var page = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(page, Email, TestAccounts.ParentPassword);

        // Past the periodic security stamp check: the next request renews the session's ticket.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await page.GotoAsync("/ouder/koppelen");
        await Support.Browser.WaitForInteractiveAsync(page);
        await page.GetByLabel("Oudercode").FillAsync("K7QMX");
        await page.WaitForTimeoutAsync(15_000);

        Assert.EndsWith("/ouder/koppelen", page.Url);
        await Assertions.Expect(page.GetByLabel("Oudercode")).ToHaveValueAsync("K7QMX");
    }
}
