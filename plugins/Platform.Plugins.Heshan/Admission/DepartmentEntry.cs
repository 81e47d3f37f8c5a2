namespace Platform.Plugins.Heshan.Admission;

/// <summary>A department's entry on the admission form: agrees or not, and its scores by criterion code.</summary>
internal sealed record DepartmentEntry(string UnitCode, bool Agrees, IReadOnlyDictionary<string, decimal> Scores);
