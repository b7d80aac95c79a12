using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BingelOuder.Tests.Support;

/// <summary>An axe-core scan of the page as it is now, with the WCAG 2.2 A and AA rules.</summary>
public static class Axe
{
    private static readonly List<string> WcagTags =
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    /// <summary>The violations, one line each with the rule, its help and the elements it found.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });
        return result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at "
                + string.Join(" | ", v.Nodes.Select(n => $"{string.Join(" ", n.Target)} {n.Html}")))
            .ToList();
    }
}
