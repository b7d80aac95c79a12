using MudBlazor;

namespace BingelOuder.Components.Layout;

/// <summary>The one theme of the app; colours chosen for WCAG AA contrast on white.</summary>
public static class BingelTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1D4F91",
            Secondary = "#8A3B12",
            Tertiary = "#1F6F4A",
            AppbarBackground = "#1D4F91",
            AppbarText = "#FFFFFF",
            Background = "#F6F8FB",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#1F2937",
            TextPrimary = "#1F2937",
            TextSecondary = "#4B5563",
            Success = "#1E6B3A",
            Error = "#B3261E",
            Warning = "#8A5A00",
            Info = "#1D4F91",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
