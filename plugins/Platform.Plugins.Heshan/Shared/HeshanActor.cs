namespace Platform.Plugins.Heshan.Shared;

/// <summary>A member of staff taking a step: user id, name, and the unit they answer for.</summary>
internal sealed record HeshanActor(string Id, string Name, string? UnitCode);
