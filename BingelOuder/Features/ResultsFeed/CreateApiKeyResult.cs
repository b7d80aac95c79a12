namespace BingelOuder.Features.ResultsFeed;

/// <summary>
/// The outcome of making a key: the key itself (to show once) and its summary, or a Dutch message
/// for the name field.
/// </summary>
public sealed record CreateApiKeyResult(string? Key, ApiKeySummary? Summary, string? NameError)
{
    public bool Succeeded => Key is not null;

    public static CreateApiKeyResult Invalid(string nameError) => new(null, null, nameError);
}
