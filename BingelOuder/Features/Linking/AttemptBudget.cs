namespace BingelOuder.Features.Linking;

/// <summary>Failed attempts left in a window, and when the parent may try again once none are left.</summary>
internal sealed record AttemptBudget(int Left, DateTime? RetryAtUtc)
{
    public bool Exhausted => Left <= 0;

    public static AttemptBudget Tightest(AttemptBudget a, AttemptBudget b) =>
        new(Math.Min(a.Left, b.Left), Max(a.RetryAtUtc, b.RetryAtUtc));

    private static DateTime? Max(DateTime? a, DateTime? b) => a > b || b is null ? a : b;
}
