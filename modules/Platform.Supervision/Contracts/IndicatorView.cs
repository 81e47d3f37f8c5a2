namespace Platform.Supervision.Contracts;

/// <summary>
/// A programme indicator over a period: target, actual, whether it was met, and the cases that broke it (at most 20 listed,
/// <see cref="Breaches"/> counts them all). <see cref="Measurable"/> is false with a <see cref="Note"/> when the data does not exist yet.
/// </summary>
public sealed record IndicatorView(string Code, string Name, string Target, string? Actual, bool? Met, bool Measurable, string? Note, long Breaches,
    IReadOnlyList<BreachingCase> Breaking);

/// <summary>A case that broke an indicator: decided after more working days than the target.</summary>
public sealed record BreachingCase(Guid CaseId, string Number, string MatterCode, string UnitCode, int WorkingDays);
