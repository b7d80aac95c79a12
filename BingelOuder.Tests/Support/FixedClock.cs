using BingelOuder.Infrastructure.Time;

namespace BingelOuder.Tests.Support;

/// <summary>A clock that stands still at a chosen moment, so periods and weeks can be tested exactly.</summary>
public sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    /// <summary>The clock at a wall-clock time in Brussels.</summary>
    public static FixedClock AtBrussels(int year, int month, int day, int hour, int minute = 0) =>
        new(new DateTimeOffset(SchoolTime.ToUtc(new DateTime(year, month, day, hour, minute, 0)), TimeSpan.Zero));
}
