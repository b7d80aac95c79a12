namespace BingelOuder.Features.Overview;

/// <summary>How many exercises the child made in the week that starts on <paramref name="Monday"/>.</summary>
public sealed record WeekPractice(DateOnly Monday, int Exercises);
