namespace Platform.Cases.Correction;

/// <summary>One thing the applicant must fix: a material (by code) or a form field, and what is wrong with it.</summary>
internal sealed record CorrectionItem(string? MaterialCode, string? Field, string Problem);
