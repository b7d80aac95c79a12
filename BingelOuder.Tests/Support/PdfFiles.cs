using System.Diagnostics;
using UglyToad.PdfPig;

namespace BingelOuder.Tests.Support;

/// <summary>Reads PDFs back: text per page with PdfPig, pages as PNG with Debian's pdftoppm.</summary>
public static class PdfFiles
{
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .Select(page => string.Join(' ', page.GetWords().Select(w => w.Text)))
            .ToList();
    }

    /// <summary>Saves the PDF (and its pages as PNG) under bin/.../printouts, to look at.</summary>
    public static async Task<string> SaveAsync(byte[] pdf, string name, int dpi = 60)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "printouts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        await RunAsync("pdftoppm", "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-l", "3", path, Path.Combine(folder, name));
        return path;
    }

    /// <summary>Renders one page (1-based) to a PNG at the given resolution and returns its path.</summary>
    public static async Task<string> RenderPageAsync(byte[] pdf, int page, int dpi)
    {
        var folder = Directory.CreateTempSubdirectory("bingelouder-pdf").FullName;
        var path = Path.Combine(folder, "in.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await RunAsync("pdftoppm", "-png", "-singlefile", "-r",
            dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", number, "-l", number,
            path, Path.Combine(folder, "page"));
        return Path.Combine(folder, "page.png");
    }

    /// <summary>Every QR code zbarimg finds in the image, as text.</summary>
    public static async Task<IReadOnlyList<string>> DecodeQrCodesAsync(string pngPath)
    {
        var output = await RunAsync("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", pngPath);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }
}
