namespace Platform.Supervision.Notices;

/// <summary>Which notice a case step raises, and for whom: the applicant, or the case's handling unit.</summary>
internal sealed record CaseNoticeKind(string Kind, bool ForApplicant);
