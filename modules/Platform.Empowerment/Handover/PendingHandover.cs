namespace Platform.Empowerment.Handover;

/// <summary>A department whose batch still has planned entries and no handover agreement yet: the board offers to start one.</summary>
internal sealed record PendingHandover(string DepartmentCode, string DepartmentName, int BatchNumber, string BatchName, int Entries);
