using Platform.Calendar.Contracts;

namespace Platform.Catalogue.Contracts;

/// <summary>A legal or committed time limit as a matter publishes it: amount, unit and its explanation.</summary>
public sealed record MatterTimeLimit
{
    public int Amount { get; init; }
    public TimeLimitUnit Unit { get; init; } = TimeLimitUnit.WorkingDays;
    public string? Explanation { get; init; }

    /// <summary>The limit the calendar module counts a deadline with.</summary>
    public TimeLimit ToTimeLimit() => new(Amount, Unit);

    public static MatterTimeLimit WorkingDays(int amount, string? explanation = null) =>
        new() { Amount = amount, Unit = TimeLimitUnit.WorkingDays, Explanation = explanation };
}
