using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Database;

namespace Platform.Cases.Delivery;

/// <summary>The courier dispatches of cases' results: one row per attempt, closed as delivered or failed.</summary>
internal sealed class CourierOrders
{
    public async Task<int> DispatchAsync(NpgsqlTransaction transaction, Guid caseId, string trackingNumber, string? address, DateTimeOffset at) =>
        await transaction.Connection!.ExecuteScalarAsync<int>(
            """
            INSERT INTO cases.courier_orders (case_id, attempt, tracking_number, address, dispatched_at)
            SELECT @caseId, coalesce(max(attempt), 0) + 1, @trackingNumber, @address, @at FROM cases.courier_orders WHERE case_id = @caseId
            RETURNING attempt
            """, new { caseId, trackingNumber, address, at = at.ToUniversalTime() }, transaction);

    /// <summary>Closes the open dispatch, if any; answers its tracking number.</summary>
    public Task<string?> CloseAsync(NpgsqlTransaction transaction, Guid caseId, string outcome, string? reason, DateTimeOffset at) =>
        transaction.Connection!.ExecuteScalarAsync<string?>(
            """
            UPDATE cases.courier_orders SET outcome = @outcome, outcome_at = @at, reason = @reason
            WHERE case_id = @caseId AND outcome IS NULL RETURNING tracking_number
            """, new { caseId, outcome, reason, at = at.ToUniversalTime() }, transaction);

    /// <summary>A case's courier dispatches, first attempt first; the parameter is <c>@caseId</c>.</summary>
    public const string OfCaseSql =
        """
        SELECT attempt, tracking_number, address, dispatched_at, outcome, outcome_at, reason
        FROM cases.courier_orders WHERE case_id = @caseId ORDER BY attempt
        """;

    /// <summary>Reads the result of <see cref="OfCaseSql"/> from a batch of reads.</summary>
    public static async Task<IReadOnlyList<CourierOrderView>> ReadAsync(BatchResults batch) =>
        (await batch.ReadAsync<Row>())
        .Select(r => new CourierOrderView(r.Attempt, r.TrackingNumber, r.Address, Utc(r.DispatchedAt), r.Outcome,
            r.OutcomeAt is null ? null : Utc(r.OutcomeAt.Value), r.Reason)).ToList();

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private sealed record Row(int Attempt, string TrackingNumber, string? Address, DateTime DispatchedAt, string? Outcome, DateTime? OutcomeAt,
        string? Reason);
}
