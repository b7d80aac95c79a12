using Microsoft.Playwright;

namespace BingelOuder.Tests.Support;

/// <summary>Moving through a page as someone without a mouse does: with Tab, and nothing else.</summary>
public static class Keyboard
{
    /// <summary>Presses Tab until the element has the focus; fails when it is not reached in order.</summary>
    public static async Task TabToAsync(IPage page, ILocator target, int maxPresses = 40)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML ?? 'nothing'");
        Assert.Fail($"{maxPresses} presses of Tab did not reach {target}; the focus is on {focused[..Math.Min(300, focused.Length)]}");
    }

    /// <summary>Tabs to a field and types into it, as a person would.</summary>
    public static async Task TabAndTypeAsync(IPage page, ILocator field, string text)
    {
        await TabToAsync(page, field);
        await page.Keyboard.TypeAsync(text);
    }
}
