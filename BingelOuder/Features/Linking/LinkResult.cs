namespace BingelOuder.Features.Linking;

/// <summary>What became of one link attempt, with what the page needs to tell the parent.</summary>
public sealed record LinkResult(LinkOutcome Outcome)
{
    public string? ChildFirstName { get; init; }

    public string? ClassName { get; init; }

    public string? SchoolName { get; init; }

    public int? LinkId { get; init; }

    /// <summary>When the parent may try again; set when a limit holds or was just reached.</summary>
    public DateTime? RetryAtUtc { get; init; }

    /// <summary>Failed attempts left before the account or address limit holds; set after a mismatch.</summary>
    public int? AttemptsLeft { get; init; }
}
