using System.Security.Claims;
using BingelOuder.Domain;
using BingelOuder.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Printouts;

/// <summary>
/// Builds letters, labels or the list for classes the user may print, and records who did. Null when
/// any requested class or pupil is not the user's to print (or does not exist): the caller answers 404.
/// </summary>
public sealed partial class DownloadPrintout(
    PrintableClasses printable,
    LoadPupilPrintRows load,
    BuildLetters letters,
    BuildLabels labels,
    BuildPupilList list,
    AuditTrail audit,
    IOptions<IdentityOptions> identity,
    ILogger<DownloadPrintout> logger)
{
    private const string PdfType = "application/pdf";
    private const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<PrintoutFile?> ForUserAsync(
        ClaimsPrincipal user, PrintoutKind kind, IReadOnlyCollection<int> classIds,
        IReadOnlyCollection<int> pupilIds, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) ?? "";
        var allowed = (await printable.ForUserAsync(user, cancellationToken)).ToDictionary(c => c.Id);
        var classes = classIds.Distinct().ToList();
        if (classes.Count == 0 || !classes.All(allowed.ContainsKey))
        {
            LogRefused(logger, userId, kind);
            return null;
        }

        var rows = await load.ForClassesAsync(classes, cancellationToken);
        if (pupilIds.Count > 0)
        {
            var wanted = pupilIds.ToHashSet();
            rows = rows.Where(r => wanted.Contains(r.PupilId)).ToList();
            if (rows.Count != wanted.Count)
            {
                LogRefused(logger, userId, kind);
                return null;
            }
        }

        if (rows.Count == 0)
        {
            // A PDF needs at least one page; the picker offers no download for classes without pupils.
            LogNothingToPrint(logger, userId, kind);
            return null;
        }

        var file = Build(kind, rows, classes.Select(id => allowed[id].Name).ToList());
        var onePupil = pupilIds.Count == 1 ? rows[0].PupilId : (int?)null;
        await audit.RecordAsync(AuditEventTypes.PrintoutDownloaded, userId, allowed[classes[0]].SchoolId, onePupil,
            details: $"{kind} for {rows.Count} pupils of {string.Join(", ", classes.Select(id => allowed[id].Name))}",
            cancellationToken: cancellationToken);
        LogDownloaded(logger, userId, kind, classes.Count, rows.Count);
        return file;
    }

    private PrintoutFile Build(PrintoutKind kind, IReadOnlyList<PupilPrintRow> rows, List<string> classNames)
    {
        classNames.Sort(StringComparer.OrdinalIgnoreCase);
        var schoolCode = rows.FirstOrDefault()?.SchoolCode ?? "school";
        var name = PrintoutFileNames.For(kind, schoolCode, classNames);
        return kind switch
        {
            PrintoutKind.Letters => new PrintoutFile(letters.Build(rows), PdfType, name),
            PrintoutKind.Labels => new PrintoutFile(labels.Build(rows), PdfType, name),
            _ => new PrintoutFile(list.Build(rows), ExcelType, name),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "User {UserId} asked for {Kind} of classes or pupils they may not print")]
    private static partial void LogRefused(ILogger logger, string userId, PrintoutKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} asked for {Kind} of classes without pupils")]
    private static partial void LogNothingToPrint(ILogger logger, string userId, PrintoutKind kind);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "User {UserId} downloaded {Kind} for {ClassCount} classes, {PupilCount} pupils")]
    private static partial void LogDownloaded(
        ILogger logger, string userId, PrintoutKind kind, int classCount, int pupilCount);
}
