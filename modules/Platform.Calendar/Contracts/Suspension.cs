namespace Platform.Calendar.Contracts;

/// <summary>
/// A period that does not count toward a time limit (法定不计时): expert review, public notice,
/// correction. <see cref="To"/> is null while the suspension lasts.
/// </summary>
public sealed record Suspension(DateTimeOffset From, DateTimeOffset? To);
