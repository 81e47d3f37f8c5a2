namespace Platform.Kernel.Time;

/// <summary>The only source of "now". Business dates are Asia/Shanghai dates.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }

    /// <summary>The business date (Asia/Shanghai) of <see cref="Now"/>.</summary>
    DateOnly Today => BusinessTime.DateOf(Now);
}
