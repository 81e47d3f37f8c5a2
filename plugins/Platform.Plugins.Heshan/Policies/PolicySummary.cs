namespace Platform.Plugins.Heshan.Policies;

/// <summary>A policy of the library as the list shows it: what it is and which department grants it.</summary>
internal sealed record PolicySummary(string Code, string Name, string Department, string Description);
