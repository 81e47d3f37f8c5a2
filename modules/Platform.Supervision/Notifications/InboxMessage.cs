namespace Platform.Supervision.Notifications;

/// <summary>A message for a unit's inbox (no unit: the region's supervisors), from a warning, order or rectification.</summary>
internal sealed record InboxMessage(string RegionCode, string? UnitCode, string Kind, Guid SourceId, string Title, string Body, string? Link);
