using Platform.Supervision.Contracts;

namespace Platform.Supervision.Evaluations;

internal sealed record RectificationRow(Guid Id, string RegionCode, Guid CaseId, string CaseNumber, string UnitCode, Guid EvaluationId,
    string State, DateTime OpenedAt, Guid CallbackDeadlineId, string CallbackDue, Guid FixDeadlineId, string FixDue, DateTime? CalledBackAt,
    string? CallbackNote, DateTime? FixedAt, string? FixNote, DateTime? ClosedAt, string? ClosedVia, string? CloseReason, int Version)
{
    public const string Columns =
        """
        id, region_code, case_id, case_number, unit_code, evaluation_id, state, opened_at, callback_deadline_id, callback_due::text AS callback_due,
        fix_deadline_id, fix_due::text AS fix_due, called_back_at, callback_note, fixed_at, fix_note, closed_at, closed_via, close_reason, version
        """;

    public RectificationView ToView() => new(Id, RegionCode, CaseId, CaseNumber, UnitCode, EvaluationId, State, Utc(OpenedAt)!.Value,
        DateOnly.Parse(CallbackDue), DateOnly.Parse(FixDue), Utc(CalledBackAt), CallbackNote, Utc(FixedAt), FixNote, Utc(ClosedAt), ClosedVia,
        CloseReason, Version);

    private static DateTimeOffset? Utc(DateTime? value) => value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
