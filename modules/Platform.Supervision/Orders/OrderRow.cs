using Platform.Supervision.Contracts;

namespace Platform.Supervision.Orders;

internal sealed record OrderRow(Guid Id, string RegionCode, Guid CaseId, string CaseNumber, string UnitCode, string Reason, string OpenedByName,
    DateTime OpenedAt, Guid DeadlineId, string DueDate, string State, string? Answer, DateTime? AnsweredAt, int Version)
{
    public const string Columns =
        "id, region_code, case_id, case_number, unit_code, reason, opened_by_name, opened_at, deadline_id, due_date::text AS due_date, state, answer, answered_at, version";

    public SupervisionOrderView ToView() => new(Id, RegionCode, CaseId, CaseNumber, UnitCode, Reason, OpenedByName, Utc(OpenedAt),
        DateOnly.Parse(DueDate), State, Answer, AnsweredAt is { } at ? Utc(at) : null, Version);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
