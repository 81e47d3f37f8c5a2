namespace Platform.Projects.CreditAdmin;

/// <summary>An enterprise or practitioner on the region's red or black list, with the reason it was listed.</summary>
internal sealed record CreditEntry(string RegionCode, string SubjectId, string SubjectName, string List, string Reason, DateTime ListedAt);
