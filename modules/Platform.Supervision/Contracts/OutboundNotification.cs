namespace Platform.Supervision.Contracts;

/// <summary>
/// A text for a unit (or, with no unit, the region's supervisors) on a channel such as <c>sms</c> or <c>gov-im</c>.
/// <see cref="Id"/> is stable across retries, so a gateway can drop duplicates.
/// </summary>
public sealed record OutboundNotification(Guid Id, string RegionCode, string? UnitCode, string Channel, string Text);
