namespace Platform.Supervision.Contracts;

/// <summary>
/// A rectification (整改) opened by a rating of 基本满意 or worse. State: <c>callback-pending</c> (call the applicant back
/// by <see cref="CallbackDue"/>), <c>fixing</c>, <c>awaiting-confirmation</c> (the applicant may re-rate), <c>closed</c>
/// (via <c>re-rating</c> or a supervisor's <c>verification</c> with a reason). The fix is due by <see cref="FixDue"/>.
/// </summary>
public sealed record RectificationView(Guid Id, string RegionCode, Guid CaseId, string CaseNumber, string UnitCode, Guid EvaluationId,
    string State, DateTimeOffset OpenedAt, DateOnly CallbackDue, DateOnly FixDue, DateTimeOffset? CalledBackAt, string? CallbackNote,
    DateTimeOffset? FixedAt, string? FixNote, DateTimeOffset? ClosedAt, string? ClosedVia, string? CloseReason, int Version);
