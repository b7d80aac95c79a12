using BingelOuder.Infrastructure.Time;

namespace BingelOuder.Tests.Support;

/// <summary>
/// The app's clock in tests. Without a start it follows the system clock; with a start it stands
/// still there. Either way a test moves it forward by hand, to let links, sessions and limit
/// windows expire.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly DateTimeOffset? _start;
    private long _offsetTicks;

    public TestClock()
    {
    }

    public TestClock(DateTimeOffset start) => _start = start;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => (_start ?? System.GetUtcNow()) + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>A clock standing still at a wall-clock time in Brussels.</summary>
    public static TestClock AtBrussels(int year, int month, int day, int hour, int minute = 0) =>
        new(new DateTimeOffset(SchoolTime.ToUtc(new DateTime(year, month, day, hour, minute, 0)), TimeSpan.Zero));
}
