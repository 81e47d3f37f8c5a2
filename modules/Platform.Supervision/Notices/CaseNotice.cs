namespace Platform.Supervision.Notices;

/// <summary>
/// A notice ready to write: the inbox message (for an applicant, or a unit when <see cref="ApplicantId"/> is null) and
/// its outbound texts. <see cref="Key"/> is unique to the case step and audience; each outbound adds its channel.
/// </summary>
internal sealed record CaseNotice(string Key, string RegionCode, string? UnitCode, string? ApplicantId, string Kind, Guid CaseId,
    string Title, string Body, string Link, IReadOnlyList<OutboundText> Outbound);
