namespace Platform.Supervision.Contracts;

/// <summary>A message in a unit's inbox, as the inbox page and API show it.</summary>
public sealed record InboxItem(Guid Id, string Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
