using Dapper;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Contracts;
using Platform.Cases.Domain;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Cases.Tracking;

/// <summary>Paged lists: a unit's queue sorted by due date, the intake queue, an applicant's own cases.</summary>
internal sealed class CaseLists(NpgsqlDataSource dataSource, IWorkingCalendarProvider calendars, IClock clock)
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// Cases routed to a unit (handling it, or holding an open review step), open ones first by due date. A page is the
    /// merge of each half's first (offset + page size) in queue order: the handled half read along its ordered index
    /// (migration 0006), the review half over its own (0005), so a page costs what it shows rather than the whole
    /// queue. The count adds the two halves, a case in both counted once.
    /// </summary>
    public Task<CaseListPage> UnitQueueAsync(string regionCode, string unitCode, int page, int pageSize, CancellationToken cancellationToken) =>
        PageAsync(regionCode,
            $"""
             SELECT (SELECT count(*) FROM cases.cases WHERE {Handled})
                  + (SELECT count(DISTINCT c.id) FROM {Reviewing} AND c.handling_unit_code <> @unitCode)
             """,
            $"""
             id IN ((SELECT id FROM cases.cases WHERE {Handled} ORDER BY due_at, submitted_at, id LIMIT @take)
                    UNION
                    (SELECT c.id FROM {Reviewing} ORDER BY c.due_at, c.submitted_at, c.id LIMIT @take))
             """, new { regionCode, unitCode }, page, pageSize, cancellationToken);

    private const string Open = "NOT IN ('Delivered', 'RejectedAtIntake', 'Withdrawn')";

    private const string Handled = $"region_code = @regionCode AND handling_unit_code = @unitCode AND state {Open}";

    private const string Reviewing =
        $"""
         cases.review_steps s JOIN cases.cases c ON c.id = s.case_id
         WHERE s.unit_code = @unitCode AND s.completed_at IS NULL AND c.region_code = @regionCode AND c.state {Open}
         """;

    /// <summary>The window's intake queue: submitted or answered applications waiting for a decision on intake.</summary>
    public Task<CaseListPage> IntakeQueueAsync(string regionCode, int page, int pageSize, CancellationToken cancellationToken) =>
        PageAsync(regionCode, "region_code = @regionCode AND state = 'Submitted'", new { regionCode }, page, pageSize, cancellationToken);

    public Task<CaseListPage> ApplicantCasesAsync(string applicantId, string? enterpriseCode, int page, int pageSize, CancellationToken cancellationToken) =>
        PageAsync(null, "(applicant_id = @applicantId OR (@enterpriseCode::text IS NOT NULL AND enterprise_code = @enterpriseCode))",
            new { applicantId, enterpriseCode }, page, pageSize, cancellationToken);

    private Task<CaseListPage> PageAsync(string? regionCode, string where, object parameters, int page, int pageSize, CancellationToken cancellationToken) =>
        PageAsync(regionCode, $"SELECT count(*) FROM cases.cases WHERE {where}", where, parameters, page, pageSize, cancellationToken);

    /// <summary>A page of the cases <paramref name="where"/> selects, in queue order (due first, then submitted, then id), and <paramref name="countSql"/>'s total.</summary>
    private async Task<CaseListPage> PageAsync(string? regionCode, string countSql, string where, object parameters, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        if (page < 1) throw PlatformProblem.Invalid("request.page_invalid", "page", "页码从 1 开始。");
        if (pageSize is < 1 or > MaxPageSize) throw PlatformProblem.Invalid("request.page_size_invalid", "pageSize", $"每页 1 至 {MaxPageSize} 条。");
        var arguments = new DynamicParameters(parameters);
        arguments.Add("limit", pageSize);
        arguments.Add("offset", Pages.Offset(page, pageSize));
        arguments.Add("take", (long)page * pageSize);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(countSql, arguments);
        var rows = await connection.QueryAsync<Row>(
            $"""
             SELECT id, number, matter_name, applicant_name, state, submitted_at, due_date::text AS due_date, due_at, due_provisional,
                    handling_unit_code, region_code
             FROM cases.cases WHERE {where}
             ORDER BY due_at NULLS LAST, submitted_at, id LIMIT @limit OFFSET @offset
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
