namespace Platform.Catalogue.Versions;

/// <summary>One field that differs between two versions: its path (materials[1].core) and both values as text.</summary>
internal sealed record FieldDifference(string Field, string? Before, string? After);
