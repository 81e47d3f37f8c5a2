using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Database;

namespace Platform.Cases.Payments;

/// <summary>The payment orders table: one order per case, and the attempts made on it by idempotency key.</summary>
internal sealed class PaymentOrders
{
    private const string Columns =
        """
        o.id, o.case_id, o.fee_name, o.amount_fen, o.state, o.provider_reference, o.created_at, o.paid_at, o.refunded_at,
        (SELECT count(*) FROM cases.payment_attempts a WHERE a.order_id = o.id)::int AS attempts
        """;

    private const string NoCaseNumber = ", NULL::text AS case_number";

    public Task<string?> StateAsync(NpgsqlTransaction transaction, Guid caseId) =>
        transaction.Connection!.ExecuteScalarAsync<string?>("SELECT state FROM cases.payment_orders WHERE case_id = @caseId", new { caseId }, transaction);

    /// <summary>A case's payment order, if it has one; the parameter is <c>@caseId</c>.</summary>
    public const string OfCaseSql = $"SELECT {Columns}{NoCaseNumber} FROM cases.payment_orders o WHERE o.case_id = @caseId";

    public async Task<PaymentOrderView?> OfCaseAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid caseId, bool forUpdate = false) =>
        (await connection.QuerySingleOrDefaultAsync<Row>(forUpdate ? $"{OfCaseSql} FOR UPDATE" : OfCaseSql, new { caseId }, transaction))?.View();

    /// <summary>Reads the result of <see cref="OfCaseSql"/> from a batch of reads.</summary>
    public static async Task<PaymentOrderView?> ReadAsync(BatchResults batch) => (await batch.ReadSingleOrDefaultAsync<Row>())?.View();

    public Task InsertAsync(NpgsqlTransaction transaction, Guid id, Guid caseId, string regionCode, DueFee fee, string provider, DateTimeOffset at) =>
        transaction.Connection!.ExecuteAsync(
            """
            INSERT INTO cases.payment_orders (id, case_id, region_code, fee_name, amount_fen, state, provider, created_at)
            VALUES (@id, @caseId, @regionCode, @Name, @AmountFen, 'Pending', @provider, @at)
            """, new { id, caseId, regionCode, fee.Name, fee.AmountFen, provider, at = at.ToUniversalTime() }, transaction);

    public Task<string?> AttemptOutcomeAsync(NpgsqlTransaction transaction, Guid orderId, string key) =>
        transaction.Connection!.ExecuteScalarAsync<string?>(
            "SELECT outcome FROM cases.payment_attempts WHERE order_id = @orderId AND idempotency_key = @key", new { orderId, key }, transaction);

    public async Task RecordAsync(NpgsqlTransaction transaction, Guid orderId, string key, ProviderCharge charge, DateTimeOffset at)
    {
        await transaction.Connection!.ExecuteAsync(
            """
            INSERT INTO cases.payment_attempts (order_id, idempotency_key, outcome, provider_reference, failure_reason, attempted_at)
            VALUES (@orderId, @key, @Outcome, @Reference, @FailureReason, @at)
            """, new { orderId, key, charge.Outcome, charge.Reference, charge.FailureReason, at = at.ToUniversalTime() }, transaction);
        await transaction.Connection!.ExecuteAsync(
            """
            UPDATE cases.payment_orders
            SET state = @state, provider_reference = coalesce(@reference, provider_reference),
                paid_at = CASE WHEN @state = 'Paid' THEN @at ELSE paid_at END,
                refunded_at = CASE WHEN @state = 'Refunded' THEN @at ELSE refunded_at END
            WHERE id = @orderId
            """,
            new { orderId, state = charge.Outcome, reference = charge.Outcome == PaymentStates.Failed ? null : charge.Reference, at = at.ToUniversalTime() },
            transaction);
    }

    /// <summary>A region's orders opened in a period, oldest first, one page (for reconciliation).</summary>
    public async Task<IReadOnlyList<(PaymentOrderView Order, string CaseNumber)>> OfRegionAsync(NpgsqlConnection connection, string regionCode,
        DateTimeOffset from, DateTimeOffset to, long offset, int limit) =>
        (await connection.QueryAsync<Row>(
            $"""
             SELECT {Columns}, c.number AS case_number FROM cases.payment_orders o JOIN cases.cases c ON c.id = o.case_id
             WHERE o.region_code = @regionCode AND o.created_at >= @from AND o.created_at < @to
             ORDER BY o.created_at, o.id OFFSET @offset LIMIT @limit
             """, new { regionCode, from = from.ToUniversalTime(), to = to.ToUniversalTime(), offset, limit }))
        .Select(r => (r.View(), r.CaseNumber ?? "")).ToList();

    private sealed record Row(Guid Id, Guid CaseId, string FeeName, long AmountFen, string State, string? ProviderReference, DateTime CreatedAt,
        DateTime? PaidAt, DateTime? RefundedAt, int Attempts, string? CaseNumber)
    {
        public PaymentOrderView View() => new(Id, CaseId, FeeName, AmountFen, State, ProviderReference, Utc(CreatedAt),
            PaidAt is null ? null : Utc(PaidAt.Value), RefundedAt is null ? null : Utc(RefundedAt.Value), Attempts);

        private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
    }
}
