namespace BingelOuder.Features.SchoolAdmin;

/// <summary>The outcome of an admin action: success, or a Dutch message for the screen.</summary>
public sealed record AdminResult(bool Succeeded, string? Error = null)
{
    public static readonly AdminResult Ok = new(true);

    public static AdminResult Fail(string error) => new(false, error);
}
