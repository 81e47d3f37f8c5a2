namespace Platform.Empowerment.Lists;

/// <summary>A matter to put on the empowerment list.</summary>
internal sealed record NewEntry(string MatterCode, string MatterName, string Category, IReadOnlyList<string> Keywords, string FromUnitCode,
    EmpowermentMode Mode, int BatchNumber, DateOnly PlannedDate, bool CountersignRequired);
