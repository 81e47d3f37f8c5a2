using Platform.Kernel.Time;

namespace Platform.Testing;

/// <summary>A clock a test sets and moves, in Asia/Shanghai business time.</summary>
public sealed class TestClock(DateTimeOffset start) : IClock
{
    public DateTimeOffset Now { get; private set; } = start.ToUniversalTime();

    /// <summary>A business date and time in Asia/Shanghai, e.g. <c>At(2026, 9, 24, 10)</c>.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public void Set(DateTimeOffset instant) => Now = instant.ToUniversalTime();

    public void Advance(TimeSpan by) => Now += by;
}
