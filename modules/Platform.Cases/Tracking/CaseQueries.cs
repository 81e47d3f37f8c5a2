using System.Text.Json;
using Npgsql;
using Platform.Calendar.Contracts;
using Platform.Cases.Components.Staff;
using Platform.Cases.Contracts;
using Platform.Cases.Decision;
using Platform.Cases.Domain;
using Platform.Cases.Materials;
using Platform.Cases.Workflow;
using Platform.Kernel.Database;
using Platform.Kernel.Time;

namespace Platform.Cases.Tracking;

/// <summary>Reads a whole case for the case page, the reviewer and the applicant's tracking page.</summary>
internal sealed class CaseQueries(NpgsqlDataSource dataSource, CaseStore store, IDeadlineRegistry deadlines, IClock clock, CaseLists lists,
    IMatterTermsSource matters)
    : ICaseReader, IStepAnswer<CaseView>
{
    public async Task<CaseView?> GetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await store.FindAsync(connection, caseId, cancellationToken);
        return row is null ? null : await ViewAsync(connection, null, row, cancellationToken);
    }

    public Task<CaseListPage> UnitQueueAsync(string regionCode, string unitCode, int page, int pageSize, CancellationToken cancellationToken) =>
        lists.UnitQueueAsync(regionCode, unitCode, page, pageSize, cancellationToken);

    /// <summary>Tracking without an account: the case number and its query code must both match.</summary>
    public async Task<CaseView?> TrackAsync(string number, string queryCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await store.FindByNumberAsync(connection, number.Trim(), cancellationToken);
        return row is null || !string.Equals(row.QueryCode, queryCode.Trim(), StringComparison.OrdinalIgnoreCase)
            ? null
            : await ViewAsync(connection, null, row, cancellationToken);
    }

    /// <summary>
    /// The answer to a submission that creates its case: in its batch nothing but the case's materials and its first
    /// timeline entry can exist yet (review steps, signatures, courier orders and payments refer to a case that is only
    /// now being inserted, and no <see cref="ICaseStepWriter"/> writes them), so only those two are read.
    /// </summary>
    public IStepAnswer<CaseView> OfNewCase => new NewCaseAnswer(this);

    /// <summary>As a step's answer (<see cref="IStepAnswer{T}"/>): the case's view, read in the step's own batch after its writes.</summary>
    IReadOnlyList<NpgsqlBatchCommand> IStepAnswer<CaseView>.Reads(CaseRow row) => Reads(ViewSql, row.Id);

    bool IStepAnswer<CaseView>.ReadsAfterBatch(CaseRow row) => ReadsDeadlineAfterBatch(row);

    /// <summary>A case with a deadline needs the deadline's state, which <see cref="ComposeAsync"/> reads after the batch.</summary>
    private static bool ReadsDeadlineAfterBatch(CaseRow row) => row.DeadlineId is not null;

    Task<CaseView> IStepAnswer<CaseView>.ReadAsync(NpgsqlTransaction transaction, CaseRow row, BatchResults results,
        CancellationToken cancellationToken) =>
        ReadViewAsync(transaction.Connection!, transaction, row, results, cancellationToken);

    Task<CaseView> IStepAnswer<CaseView>.ReadAloneAsync(NpgsqlTransaction transaction, CaseRow row, CancellationToken cancellationToken) =>
        ViewAsync(transaction.Connection!, transaction, row, cancellationToken);

    private async Task<CaseView> ViewAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CaseRow row, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var read in Reads(ViewSql, row.Id)) batch.BatchCommands.Add(read);
        await using var results = new BatchResults(await batch.ExecuteReaderAsync(cancellationToken));
        return await ReadViewAsync(connection, transaction, row, results, cancellationToken);
    }

    private async Task<CaseView> ReadViewAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CaseRow row, BatchResults results,
        CancellationToken cancellationToken)
    {
        var held = await MaterialStore.ReadAsync(results);
        var steps = (await results.ReadAsync<ReviewStepRow>(cancellationToken))
            .Select(s => new ReviewStepView(s.Ordinal, s.UnitCode, Utc(s.CompletedAt), s.Agrees, s.Opinion)).ToList();
        var timeline = await ReadTimelineAsync(results, cancellationToken);
        var signed = await Signing.CaseSignatures.ReadAsync(results);
        var dispatched = await Delivery.CourierOrders.ReadAsync(results);
        var payment = await Payments.PaymentOrders.ReadAsync(results);
        var verification = (await results.ReadAsync<VerificationRow>(cancellationToken)).Select(v => v.ToView()).FirstOrDefault();
        var suspensions = (await results.ReadAsync<SuspensionRow>(cancellationToken)).Select(s => s.ToView()).ToList();
        await results.EndAsync();
        var view = await ComposeAsync(connection, transaction, row, held, steps, timeline, cancellationToken,
            verificationPending: verification is { CompletedAt: null });
        return view with
        {
            Signatures = signed, CourierOrders = dispatched, Payment = payment, PostVerification = verification, Suspensions = suspensions,
        };
    }

    private static async Task<List<TimelineEntry>> ReadTimelineAsync(BatchResults results, CancellationToken cancellationToken) =>
        (await results.ReadAsync<EventRow>(cancellationToken))
        .Select(e => new TimelineEntry(e.Sequence, Utc(e.OccurredAt)!.Value, e.ActorName, e.UnitCode, e.Action,
            CaseActionNames.Chinese(Enum.Parse<CaseAction>(e.Action)), e.FromState, e.ToState, JsonDocument.Parse(e.Data).RootElement.Clone()))
        .ToList();

    /// <summary>
    /// The view of the case from its row, its deadline (read here) and the parts read with it. Recording a post-verification is a
    /// step only while one is pending.
    /// </summary>
    private async Task<CaseView> ComposeAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CaseRow row, IReadOnlyList<CaseMaterial> held,
        IReadOnlyList<ReviewStepView> steps, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken,
        bool verificationPending = false)
    {
        DeadlineView? deadline = null;
        if (row.DeadlineId is { } deadlineId)
        {
            await using var own = transaction is null ? await connection.BeginTransactionAsync(cancellationToken) : null;
            var state = await deadlines.GetAsync(transaction ?? own!, deadlineId, cancellationToken);
            deadline = new DeadlineView(state.Due.Due, state.Due.Provisional, state.Warning.ToString(), state.RemainingWorkingDays, state.Status.ToString());
        }

        var decision = DecisionRecord.Parse(row.Decision);
        var matter = await matters.VersionAsync(row.MatterVersionId, cancellationToken);
        return new CaseView(row.Id, row.Number, row.QueryCode, row.RegionCode, row.MatterCode, row.MatterName, row.MatterVersionId, row.HandlingUnitCode,
            row.ApplicantId, row.ApplicantName, row.EnterpriseCode, row.Channel, row.State.ToString(), CaseStateNames.Chinese(row.State), row.Version, row.IntakeRoute,
            row.SubmittedAt, row.AcceptedAt, row.DecidedAt, row.DeliveredAt, deadline, decision,
            row.Delivery is null ? null : JsonDocument.Parse(row.Delivery).RootElement.Clone(),
            held.Select(m => new MaterialView(m.MaterialCode, m.Name, m.Required, m.Core, m.Status.ToString(), m.FileId, m.LicenceReference, m.DeferredDueDate)
            {
                SharedSource = m.SharedSource,
            }).ToList(),
            steps, timeline,
            CaseTransitions.From(row.State).Where(a => a != CaseAction.RecordVerification || verificationPending).Select(a => a.ToString()).ToList(),
            ApplicantGuidance.Next(row, held, deadline, clock.Now))
        {
            SealReference = row.DecidedAt is null ? null : decision?.SealReference ?? Seals.Of(row),
            CountersigningUnitCode = row.CountersigningUnitCode,
            DeliveryChoice = DeliveryChoice.Parse(row.DeliveryChoice),
            Procedures = matter.Procedures.Select(p => new ProcedureView(p.Kind, p.Name, LimitText(p.Limit))).ToList(),
            // jsonb keeps no key order, so a case read back and a step's answer from the row it wrote list the fields in one fixed order.
            ApplicationForm = ApplicationFormFields.Of(row.Form).OrderBy(f => f.Label, StringComparer.Ordinal)
                .Select(f => new FormFieldView(f.Label, f.Value)).ToList(),
        };
    }

    private static string LimitText(TimeLimit limit) => limit.Unit switch
    {
        TimeLimitUnit.CalendarDays => $"{limit.Amount}个自然日",
        TimeLimitUnit.Hours => $"{limit.Amount}小时",
        _ => $"{limit.Amount}个工作日",
    };

    private const string TimelineSql =
        """
        SELECT sequence, occurred_at, actor_name, unit_code, action, from_state, to_state, data::text AS data
        FROM cases.case_events WHERE case_id = @caseId ORDER BY sequence
        """;

    /// <summary>Everything on a case page besides the case row and its deadline, as one batch's reads of <c>@caseId</c>.</summary>
    private static readonly string[] ViewSql =
    [
        MaterialStore.OfCaseSql,
        "SELECT ordinal, unit_code, completed_at, agrees, opinion FROM cases.review_steps WHERE case_id = @caseId ORDER BY ordinal",
        TimelineSql, Signing.CaseSignatures.OfCaseSql, Delivery.CourierOrders.OfCaseSql, Payments.PaymentOrders.OfCaseSql,
        """
        SELECT id, unit_code, due_date::text AS due_date, completed_at, result, verified, findings, verified_by_name
        FROM cases.post_verifications WHERE case_id = @caseId ORDER BY opened_at DESC LIMIT 1
        """,
        """
        SELECT procedure, procedure_name, reason, started_at, due_date::text AS due_date, ended_at, result
        FROM cases.case_suspensions WHERE case_id = @caseId ORDER BY started_at
        """,
    ];

    /// <summary>What a case being created can have besides its row (see <see cref="OfNewCase"/>).</summary>
    private static readonly string[] NewCaseSql = [MaterialStore.OfCaseSql, TimelineSql];

    private static NpgsqlBatchCommand[] Reads(string[] sql, Guid caseId) =>
        [.. sql.Select(text => new NpgsqlBatchCommand(text) { Parameters = { new NpgsqlParameter<Guid>("caseId", caseId) } })];

    private static DateTimeOffset? Utc(DateTime? value) => value is null ? null : new DateTimeOffset(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc));

    private sealed class NewCaseAnswer(CaseQueries queries) : IStepAnswer<CaseView>
    {
        public IReadOnlyList<NpgsqlBatchCommand> Reads(CaseRow row) => CaseQueries.Reads(NewCaseSql, row.Id);

        public bool ReadsAfterBatch(CaseRow row) => ReadsDeadlineAfterBatch(row);

        public async Task<CaseView> ReadAsync(NpgsqlTransaction transaction, CaseRow row, BatchResults results, CancellationToken cancellationToken)
        {
            var held = await MaterialStore.ReadAsync(results);
            var timeline = await ReadTimelineAsync(results, cancellationToken);
            await results.EndAsync();
            return await queries.ComposeAsync(transaction.Connection!, transaction, row, held, [], timeline, cancellationToken);
        }

        /// <summary>A retried submission answers with its case as it is now, which may have moved on: the whole view.</summary>
        public Task<CaseView> ReadAloneAsync(NpgsqlTransaction transaction, CaseRow row, CancellationToken cancellationToken) =>
            queries.ViewAsync(transaction.Connection!, transaction, row, cancellationToken);
    }

    private sealed record VerificationRow(Guid Id, string UnitCode, string DueDate, DateTime? CompletedAt, string? Result, bool? Verified,
        string? Findings, string? VerifiedByName)
    {
        public PostVerificationView ToView() =>
            new(Id, UnitCode, DateOnly.Parse(DueDate), Utc(CompletedAt), Result, Verified, Findings, VerifiedByName);
    }

    private sealed record SuspensionRow(string Procedure, string ProcedureName, string Reason, DateTime StartedAt, string DueDate, DateTime? EndedAt,
        string? Result)
    {
        public SuspensionView ToView() =>
            new(Procedure, ProcedureName, Reason, Utc(StartedAt)!.Value, DateOnly.Parse(DueDate), Utc(EndedAt), Result);
    }

    private sealed record ReviewStepRow(int Ordinal, string UnitCode, DateTime? CompletedAt, bool? Agrees, string? Opinion);

    private sealed record EventRow(int Sequence, DateTime OccurredAt, string ActorName, string? UnitCode, string Action, string? FromState,
        string ToState, string Data);
}
