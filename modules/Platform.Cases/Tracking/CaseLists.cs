using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Cases.Tracking;

/// <summary>Paged lists: a unit's queue sorted by due date, the intake queue, an applicant's own cases.</summary>
internal sealed class CaseLists(NpgsqlDataSource dataSource, IWorkingCalendarProvider calendars, IClock clock)
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// Cases routed to a unit (handling it, or holding an open review step), open ones first by due date. The two halves
    /// are read apart, each over its own partial index (migration 0005), so the queue costs what it holds rather than what
    /// the unit ever handled.
    /// </summary>
    public Task<CaseListPage> UnitQueueAsync(string regionCode, string unitCode, int page, int pageSize, CancellationToken cancellationToken) =>
        PageAsync(regionCode,
            """
            region_code = @regionCode AND state NOT IN ('Delivered', 'RejectedAtIntake', 'Withdrawn')
            AND id IN (SELECT h.id FROM cases.cases h WHERE h.region_code = @regionCode AND h.handling_unit_code = @unitCode
                           AND h.state NOT IN ('Delivered', 'RejectedAtIntake', 'Withdrawn')
                       UNION ALL
                       SELECT s.case_id FROM cases.review_steps s WHERE s.unit_code = @unitCode AND s.completed_at IS NULL)
            """, new { regionCode, unitCode }, page, pageSize, cancellationToken);

    /// <summary>The window's intake queue: submitted or answered applications waiting for a decision on intake.</summary>
    public Task<CaseListPage> IntakeQueueAsync(string regionCode, int page, int pageSize, CancellationToken cancellationToken) =>
        PageAsync(regionCode, "region_code = @regionCode AND state = 'Submitted'", new { regionCode }, page, pageSize, cancellationToken);

    public Task<CaseListPage> ApplicantCasesAsync(string applicantId, string? enterpriseCode, int page, int pageSize, CancellationToken cancellationToken) =>
        PageAsync(null, "(applicant_id = @applicantId OR (@enterpriseCode::text IS NOT NULL AND enterprise_code = @enterpriseCode))",
            new { applicantId, enterpriseCode }, page, pageSize, cancellationToken);

    private async Task<CaseListPage> PageAsync(string? regionCode, string where, object parameters, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (page < 1) throw PlatformProblem.Invalid("request.page_invalid", "page", "页码从 1 开始。");
        if (pageSize is < 1 or > MaxPageSize) throw PlatformProblem.Invalid("request.page_size_invalid", "pageSize", $"每页 1 至 {MaxPageSize} 条。");
        var arguments = new DynamicParameters(parameters);
        arguments.Add("limit", pageSize);
        arguments.Add("offset", (page - 1) * pageSize);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM cases.cases WHERE {where}", arguments);
        var rows = await connection.QueryAsync<Row>(
            $"""
             SELECT id, number, matter_name, applicant_name, state, submitted_at, due_date::text AS due_date, due_at, due_provisional,
                    handling_unit_code, region_code
             FROM cases.cases WHERE {where}
             ORDER BY due_at NULLS LAST, submitted_at LIMIT @limit OFFSET @offset
             """, arguments);
        var items = new List<CaseSummary>();
        foreach (var row in rows)
        {
            var calendar = await calendars.ForRegionAsync(regionCode ?? row.RegionCode, cancellationToken);
            var state = Enum.Parse<CaseState>(row.State);
            var warning = row.DueDate is null || row.DueAt is null || CaseTransitions.IsFinal(state) || state is CaseState.Approved or CaseState.Refused
                ? "None"
                : calendar.WarningAt(new DeadlineAnswer(DateOnly.Parse(row.DueDate), Utc(row.DueAt.Value), row.DueProvisional), clock.Now).ToString();
            items.Add(new CaseSummary(row.Id, row.Number, row.MatterName, row.ApplicantName, row.State, CaseStateNames.Chinese(state),
                Utc(row.SubmittedAt), row.DueDate is null ? null : DateOnly.Parse(row.DueDate), row.DueProvisional, warning, row.HandlingUnitCode));
        }

        return new CaseListPage(items, page, pageSize, total);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private sealed record Row(Guid Id, string Number, string MatterName, string ApplicantName, string State, DateTime SubmittedAt,
        string? DueDate, DateTime? DueAt, bool DueProvisional, string HandlingUnitCode, string RegionCode);
}
