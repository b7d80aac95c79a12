using System.Security.Claims;
using BingelOuder.Domain;
using Microsoft.AspNetCore.Mvc;

namespace BingelOuder.Features.Printouts;

/// <summary>
/// GET /overzichten/{brieven|etiketten|lijst}?klas=1&amp;klas=2, optionally &amp;leerling=7 for one
/// pupil's letter. Anyone but staff gets 403; a class or pupil the user may not print gets 404, like
/// one that does not exist. (Not the Staff policy: its refusal would redirect to a page, not say 403.)
/// </summary>
public static class PrintoutsEndpointRouteBuilderExtensions
{
    public const string LettersPath = "/overzichten/brieven";
    public const string LabelsPath = "/overzichten/etiketten";
    public const string ListPath = "/overzichten/lijst";
    public const string ClassParameter = "klas";
    public const string PupilParameter = "leerling";

    public static IEndpointRouteBuilder MapPrintouts(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").RequireAuthorization();
        foreach (var kind in Enum.GetValues<PrintoutKind>())
        {
            group.MapGet(PathOf(kind), (HttpContext context, ClaimsPrincipal user, DownloadPrintout download,
                    [FromQuery(Name = ClassParameter)] int[] klas, [FromQuery(Name = PupilParameter)] int[] leerling) =>
                DownloadAsync(context, user, download, kind, klas, leerling));
        }

        return endpoints;
    }

    /// <summary>The download address for the chosen classes (and optionally one pupil of them).</summary>
    public static string Link(PrintoutKind kind, IEnumerable<int> classIds, int? pupilId = null)
    {
        var query = classIds.Select(id => $"{ClassParameter}={id}").ToList();
        if (pupilId is not null)
        {
            query.Add($"{PupilParameter}={pupilId}");
        }

        return $"{PathOf(kind)}?{string.Join('&', query)}";
    }

    private static string PathOf(PrintoutKind kind) => kind switch
    {
        PrintoutKind.Letters => LettersPath,
        PrintoutKind.Labels => LabelsPath,
        _ => ListPath,
    };

    private static async Task<IResult> DownloadAsync(
        HttpContext context, ClaimsPrincipal user, DownloadPrintout download, PrintoutKind kind,
        int[] classIds, int[] pupilIds)
    {
        if (!user.IsInRole(Roles.Teacher) && !user.IsInRole(Roles.SchoolAdmin))
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        var file = await download.ForUserAsync(user, kind, classIds, pupilIds, context.RequestAborted);
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        // Parent codes: no copy in a shared cache or the browser's cache.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
