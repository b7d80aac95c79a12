namespace BingelOuder.Benchmarks;

/// <summary>A clock that stands still, so a benchmark sees the same school year every run.</summary>
public sealed class BenchClock(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}
