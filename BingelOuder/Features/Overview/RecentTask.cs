namespace BingelOuder.Features.Overview;

/// <summary>A task given to the child's class, with the child's score on it; null when not made.</summary>
public sealed record RecentTask(string Title, string Subject, DateOnly GivenOn, int Exercises, Score? Score);
