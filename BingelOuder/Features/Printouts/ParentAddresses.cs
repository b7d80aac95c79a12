using BingelOuder.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace BingelOuder.Features.Printouts;

/// <summary>
/// The addresses printed for parents. The linking form reads the query parameter names below to
/// fill in the school code, class and class number; the parent code is never in an address.
/// </summary>
public sealed class ParentAddresses(IOptions<AppOptions> options)
{
    public const string SchoolCodeParameter = "schoolcode";
    public const string ClassParameter = "klas";
    public const string ClassNumberParameter = "klasnummer";

    public string Start => options.Value.Link("/ouder");

    public string LinkForm(PupilPrintRow row) => options.Value.Link(
        $"/ouder/koppelen?{SchoolCodeParameter}={Uri.EscapeDataString(row.SchoolCode)}"
        + $"&{ClassParameter}={Uri.EscapeDataString(row.ClassName)}"
        + $"&{ClassNumberParameter}={row.ClassNumber}");
}
