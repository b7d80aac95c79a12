namespace BingelOuder.Features.Linking;

/// <summary>Either a request ready for <see cref="LinkChild"/>, or a Dutch message per field in error.</summary>
public sealed record LinkInputCheck(LinkRequest? Request, IReadOnlyDictionary<string, string> Errors)
{
    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);
}
