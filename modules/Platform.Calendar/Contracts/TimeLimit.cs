namespace Platform.Calendar.Contracts;

/// <summary>A legal or committed time limit, for example 3 working days or 24 hours.</summary>
public sealed record TimeLimit(int Amount, TimeLimitUnit Unit)
{
    public static TimeLimit WorkingDays(int amount) => new(amount, TimeLimitUnit.WorkingDays);

    public static TimeLimit CalendarDays(int amount) => new(amount, TimeLimitUnit.CalendarDays);

    public static TimeLimit Hours(int amount) => new(amount, TimeLimitUnit.Hours);
}
