namespace Platform.Calendar.Contracts;

/// <summary>
/// When a time limit runs out. <see cref="Due"/> is the last business date (Asia/Shanghai);
/// <see cref="DueInstant"/> is the instant the limit has passed: the end of <see cref="Due"/>
/// for day limits, the exact instant for hour limits. <see cref="Provisional"/> is true when the
/// answer rests on a year whose holiday notice is not yet published.
/// </summary>
public sealed record DeadlineAnswer(DateOnly Due, DateTimeOffset DueInstant, bool Provisional);
