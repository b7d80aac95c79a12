using BingelOuder.Domain;
using BingelOuder.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Browser;

/// <summary>Parents often look on a phone: the parent pages fit a 360 pixel wide screen.</summary>
public sealed class PhoneBrowserTests(Support.Browser browser) : IClassFixture<Support.Browser>
{
    private const int PhoneWidth = 360;
    private const string Email = "gsm@example.be";

    [Fact]
    public async Task The_parent_pages_fit_a_phone_without_scrolling_sideways()
    {
        await using var app = new KestrelTestApp(seed: true);
        Pupil child;
        await using (var db = app.CreateDbContext())
        {
            child = await db.Pupils.Where(p => db.ExerciseResults.Count(r => r.PupilId == p.Id) > 40)
                .OrderBy(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        var parent = await app.CreateParentAsync(Email, "Gsm", "Gebruiker");
        await app.LinkAsync(parent, child.Id);
        var page = await browser.NewPageAsync(app.BaseUrl, PhoneWidth, 740);
        await TestAccounts.LogInAsync(page, Email, TestAccounts.ParentPassword);

        // The account page is a plain form (it sets the cookie); the others are interactive.
        foreach (var (path, name, interactive) in new[]
                 {
                     ("/ouder/overzicht", "overzicht", true), ("/ouder/koppelen", "koppelen", true),
                     ("/ouder/account", "account", false), ("/help", "help", true),
                 })
        {
            await page.GotoAsync(path);
            if (interactive)
            {
                await Support.Browser.WaitForInteractiveAsync(page);
            }

            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Support.Browser.ScreenshotAsync(page, $"phone-{name}");
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= PhoneWidth, $"{path} is {width} pixels wide on a {PhoneWidth} pixel screen");

            // Nothing sticks out to the right either, not even where a card cuts it off.
            var sticksOut = await page.EvaluateAsync<string[]>(@"w => [...document.querySelectorAll('header *, main *')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 1 && r.right > w + 1; })
                .map(e => e.tagName + ' ' + (e.textContent || '').trim().slice(0, 30))", PhoneWidth);
            Assert.True(sticksOut.Length == 0, $"{path}: {string.Join(" | ", sticksOut.Take(5))}");
        }
    }
}
