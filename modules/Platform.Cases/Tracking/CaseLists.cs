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

    /// <summary>The states a unit's to-do queue holds: open and undecided. A decided, delivered, revoked or closed case has left it.</summary>
    public static readonly IReadOnlyList<string> UnitStates = ["Submitted", "AwaitingCorrection", "UnderReview", "Suspended"];

    /// <summary>The states the window's intake queue holds.</summary>
    public static readonly IReadOnlyList<string> IntakeStates = ["Submitted"];

    /// <summary>The states the window's delivery queue holds: decided and not yet delivered, or out with a courier (a failed delivery too).</summary>
    public static readonly IReadOnlyList<string> DeliveryStates = ["Approved", "Refused", "InDelivery"];

    public Task<CaseListPage> UnitQueueAsync(string regionCode, string unitCode, int page, int pageSize, CancellationToken cancellationToken) =>
        UnitQueueAsync(regionCode, unitCode, QueueFilter.None, page, pageSize, cancellationToken);

    /// <summary>
    /// Cases routed to a unit (handling it, or holding an open review step), open ones first by due date. A page is the
    /// merge of each half's first (offset + page size) in queue order: the handled half read along its ordered index
    /// (migration 0007), the review half over its own (0005), so a page costs what it shows rather than the whole
    /// queue. The count adds the two halves, a case in both counted once. The filter narrows both halves alike.
    /// </summary>
    public async Task<CaseListPage> UnitQueueAsync(string regionCode, string unitCode, QueueFilter filter, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var handled = $"region_code = @regionCode AND handling_unit_code = @unitCode AND state {ToDo}{Narrowing(filter, "")}";
        var reviewing =
            $"""
             cases.review_steps s JOIN cases.cases c ON c.id = s.case_id
             WHERE s.unit_code = @unitCode AND s.completed_at IS NULL AND c.region_code = @regionCode AND c.state {ToDo}{Narrowing(filter, "c.")}
             """;
        return await PageAsync(regionCode,
            $"""
             SELECT (SELECT count(*) FROM cases.cases WHERE {handled})
                  + (SELECT count(DISTINCT c.id) FROM {reviewing} AND c.handling_unit_code <> @unitCode)
             """,
            $"""
             id IN ((SELECT id FROM cases.cases WHERE {handled} ORDER BY {Order(filter, "")} LIMIT @take)
                    UNION
                    (SELECT c.id FROM {reviewing} ORDER BY {Order(filter, "c.")} LIMIT @take))
             """, await ArgumentsAsync(new { regionCode, unitCode }, regionCode, filter, cancellationToken), filter, page, pageSize, cancellationToken);
    }

    private const string ToDo = "IN ('Submitted', 'AwaitingCorrection', 'UnderReview', 'Suspended')";

    public Task<CaseListPage> IntakeQueueAsync(string regionCode, int page, int pageSize, CancellationToken cancellationToken) =>
        IntakeQueueAsync(regionCode, QueueFilter.None, page, pageSize, cancellationToken);

    /// <summary>The window's intake queue: submitted or answered applications waiting for a decision on intake.</summary>
    public async Task<CaseListPage> IntakeQueueAsync(string regionCode, QueueFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var where = $"region_code = @regionCode AND state = 'Submitted'{Narrowing(filter, "")}";
        return await PageAsync(regionCode, $"SELECT count(*) FROM cases.cases WHERE {where}", where,
            await ArgumentsAsync(new { regionCode }, regionCode, filter, cancellationToken), filter, page, pageSize, cancellationToken);
    }

    /// <summary>The window's delivery queue (待送达): decided cases whose result has not reached the applicant yet.</summary>
    public async Task<CaseListPage> DeliveryQueueAsync(string regionCode, QueueFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var where = $"region_code = @regionCode AND state IN ('Approved', 'Refused', 'InDelivery'){Narrowing(filter, "")}";
        return await PageAsync(regionCode, $"SELECT count(*) FROM cases.cases WHERE {where}", where,
            await ArgumentsAsync(new { regionCode }, regionCode, filter, cancellationToken), filter, page, pageSize, cancellationToken);
    }

    /// <summary>The filter's conditions on a case table aliased <paramref name="alias"/>, each starting with AND.</summary>
    private static string Narrowing(QueueFilter filter, string alias) =>
        (filter.State is null ? "" : $" AND {alias}state = @state")
        + (filter.Matter is null ? "" : $" AND {alias}matter_code = @matter")
        + (filter.Due is null ? "" : $" AND {DueBounds.Condition(filter.Due, alias)}")
        + (filter.Search is null ? ""
            : $" AND ({alias}number LIKE @searchPrefix ESCAPE '\\' OR {alias}applicant_name LIKE @searchAnywhere ESCAPE '\\' OR {alias}applicant_id = @search)");

    private static string Order(QueueFilter filter, string alias) =>
        filter.DueDescending ? $"{alias}due_at DESC NULLS LAST, {alias}submitted_at, {alias}id" : $"{alias}due_at, {alias}submitted_at, {alias}id";

    private async Task<DynamicParameters> ArgumentsAsync(object parameters, string regionCode, QueueFilter filter, CancellationToken cancellationToken)
    {
        var arguments = new DynamicParameters(parameters);
        arguments.Add("state", filter.State);
        arguments.Add("matter", filter.Matter);
        if (filter.Search is { } search)
        {
            var literal = search.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
            arguments.Add("search", search);
            arguments.Add("searchPrefix", literal + "%");
            arguments.Add("searchAnywhere", "%" + literal + "%");
        }

        if (filter.Due is not null)
        {
            var bounds = DueBounds.Of(await calendars.ForRegionAsync(regionCode, cancellationToken), clock.Now);
            arguments.Add("dueNow", bounds.Now.ToUniversalTime());
            arguments.Add("dueToday", bounds.Today.ToString("yyyy-MM-dd"));
            arguments.Add("dueFirstNormal", bounds.FirstNormal.ToString("yyyy-MM-dd"));
        }

        return arguments;
    }

    public Task<CaseListPage> ApplicantCasesAsync(string applicantId, string? enterpriseCode, int page, int pageSize, CancellationToken cancellationToken) =>
        PageAsync(null, "(applicant_id = @applicantId OR (@enterpriseCode::text IS NOT NULL AND enterprise_code = @enterpriseCode))",
            new DynamicParameters(new { applicantId, enterpriseCode }), page, pageSize, cancellationToken);

    private Task<CaseListPage> PageAsync(string? regionCode, string where, DynamicParameters arguments, int page, int pageSize,
        CancellationToken cancellationToken) =>
        PageAsync(regionCode, $"SELECT count(*) FROM cases.cases WHERE {where}", where, arguments, QueueFilter.None, page, pageSize, cancellationToken);

    /// <summary>A page of the cases <paramref name="where"/> selects, in queue order (due first, then submitted, then id), and <paramref name="countSql"/>'s total.</summary>
    private async Task<CaseListPage> PageAsync(string? regionCode, string countSql, string where, DynamicParameters arguments, QueueFilter filter,
        int page, int pageSize, CancellationToken cancellationToken)
    {
        if (page < 1) throw PlatformProblem.Invalid("request.page_invalid", "page", "页码从 1 开始。");
        if (pageSize is < 1 or > MaxPageSize) throw PlatformProblem.Invalid("request.page_size_invalid", "pageSize", $"每页 1 至 {MaxPageSize} 条。");
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
             ORDER BY {Order(filter, "")} LIMIT @limit OFFSET @offset
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
