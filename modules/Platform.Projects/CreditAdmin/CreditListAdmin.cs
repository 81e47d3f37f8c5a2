using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Projects.Credit;

namespace Platform.Projects.CreditAdmin;

/// <summary>
/// The region admin's side of the red/black list (红黑名单): list a page, put a subject on a list, take it off with a
/// reason. Each change is audited in its own transaction; a black entry reaches the cases module's dishonest list
/// (the subject loses the notification-commitment and tolerant routes) and taking it off lifts it there again.
/// </summary>
internal sealed class CreditListAdmin(NpgsqlDataSource dataSource, ITransactionRunner transactions, IAuditTrail audit, CreditRegister register,
    IDishonestList dishonest)
{
    public async Task<(IReadOnlyList<CreditEntry> Items, long Total)> PageAsync(string regionCode, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM projects.credit_entries WHERE region_code = @regionCode", new { regionCode });
        var items = await connection.QueryAsync<CreditEntry>(
            """
            SELECT region_code, subject_id, subject_name, list, reason, listed_at FROM projects.credit_entries
            WHERE region_code = @regionCode ORDER BY list, listed_at DESC, subject_id LIMIT @pageSize OFFSET @offset
            """, new { regionCode, pageSize, offset = Pages.Offset(page, pageSize) });
        return (items.ToList(), total);
    }

    public Task<bool> ListAsync(string regionCode, string subjectId, string subjectName, string list, string reason, string actorId,
        CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var before = await CreditRegister.StandingAsync(tx, regionCode, subjectId);
            if (before == CreditStanding.Black && list != CreditStanding.Black) await dishonest.LiftAsync(tx, regionCode, subjectId, cancellationToken);
            await register.ListAsync(tx, regionCode, subjectId, subjectName, list, reason, cancellationToken);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actorId, "project.credit_listed", "credit", subjectId,
                new { subjectName, list, before, reason }), cancellationToken);
            return true;
        }, cancellationToken);

    public Task<bool> RemoveAsync(string regionCode, string subjectId, string reason, string actorId, CancellationToken cancellationToken) =>
        transactions.RunAsync(async tx =>
        {
            var removed = await tx.Connection!.QuerySingleOrDefaultAsync<CreditEntry>(
                """
                DELETE FROM projects.credit_entries WHERE region_code = @regionCode AND subject_id = @subjectId
                RETURNING region_code, subject_id, subject_name, list, reason, listed_at
                """, new { regionCode, subjectId }, tx) ?? throw PlatformProblem.NotFound("project.credit.not_listed", "该主体不在红黑名单上。");
            if (removed.List == CreditStanding.Black) await dishonest.LiftAsync(tx, regionCode, subjectId, cancellationToken);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actorId, "project.credit_removed", "credit", subjectId,
                new { removed.SubjectName, removed.List, listedFor = removed.Reason, reason }), cancellationToken);
            return true;
        }, cancellationToken);
}
