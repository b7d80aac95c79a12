using System.Net;
using System.Text;
using BingelOuder.Features.Demo;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

public sealed class ApiKeysBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpStatusCode> PostOneResultAsync(string baseUrl, string key, string pupil, string id)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var json = $$"""
            { "results": [ { "id": "{{id}}", "pupilUsername": "{{pupil}}", "subject": "Wiskunde",
              "finishedAt": "{{DateTimeOffset.UtcNow.AddMinutes(-5):yyyy-MM-ddTHH:mm:ssZ}}", "correct": 9, "total": 10 } ] }
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/results")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request, Ct);
        return response.StatusCode;
    }

    [Fact]
    public async Task The_school_admin_makes_a_key_the_feed_accepts_and_revokes_it_after_which_it_is_refused()
    {
        await using var app = new KestrelTestApp(seed: true);
        string pupil;
        await using (var db = app.CreateDbContext())
        {
            pupil = await db.Pupils.OrderBy(p => p.Id).Select(p => p.Username).FirstAsync(Ct);
        }

        var page = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(page, DemoSeeder.AdminEmail, TestApp.DemoPassword);
        await page.GotoAsync("/schoolbeheer/api-sleutels");
        await Support.Browser.WaitForInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel aanmaken" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Geef de sleutel een naam")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "api-keys-name-missing");

        await page.GetByLabel("Naam van de sleutel").FillAsync("Leerplatform");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel aanmaken" }).ClickAsync();
        var shown = page.GetByLabel("Nieuwe sleutel");
        await Assertions.Expect(shown).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^bo_"));
        var key = await shown.InputValueAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Leerplatform", Exact = true })).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "api-keys-created");

        Assert.Equal(HttpStatusCode.OK, await PostOneResultAsync(app.BaseUrl, key, pupil, "script-1"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel Leerplatform intrekken" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Intrekken" }).ClickAsync();
        await Assertions.Expect(page.GetByText("ingetrokken op")).ToBeVisibleAsync();
        await Support.Browser.ScreenshotAsync(page, "api-keys-revoked");

        Assert.Equal(HttpStatusCode.Unauthorized, await PostOneResultAsync(app.BaseUrl, key, pupil, "script-2"));
        await using var check = app.CreateDbContext();
        Assert.Equal(["script-1"], await check.ExerciseResults.Where(r => r.ExternalId.StartsWith("script-"))
            .Select(r => r.ExternalId).ToListAsync(Ct));
    }

    [Fact]
    public async Task A_parent_cannot_open_the_api_keys_page()
    {
        await using var app = new KestrelTestApp();
        await app.CreateParentAsync("ouder@example.be");
        var page = await browser.NewPageAsync(app.BaseUrl);
        await TestAccounts.LogInAsync(page, "ouder@example.be", TestAccounts.ParentPassword);

        await page.GotoAsync("/schoolbeheer/api-sleutels");

        await Assertions.Expect(page.GetByText("U hebt geen toegang tot deze pagina")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Naam van de sleutel")).ToHaveCountAsync(0);
    }
}
