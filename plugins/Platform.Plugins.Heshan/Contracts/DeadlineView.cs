namespace Platform.Plugins.Heshan.Contracts;

/// <summary>
/// A step's time limit as the calendar registry sees it now (or when it closed). <see cref="Warning"/> is
/// Normal, Yellow, Red or Overdue; <see cref="Late"/> is true once the limit has passed without an answer,
/// or the answer came after it.
/// </summary>
public sealed record DeadlineView(DateOnly Due, string Warning, int RemainingWorkingDays, bool Closed, bool Provisional)
{
    public bool Late => Warning == "Overdue";
}
