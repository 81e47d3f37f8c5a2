namespace Platform.Empowerment.Lists;

/// <summary>A line of the 责任清单: legal (法定) or committed (承诺) duty of the park.</summary>
internal sealed record Responsibility(int Ordinal, string Kind, string Subject, string Duty, string Basis);
