using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Projects.Credit;

/// <summary>
/// The red/black list of enterprises and practitioners (红黑名单) consulted at project intake. A black entry is also
/// put on the cases module's dishonest list in the same transaction, so every member case loses the
/// notification-commitment and tolerant routes however it is accepted.
/// </summary>
internal sealed class CreditRegister(IDishonestList dishonest, IClock clock)
{
    public static async Task<string> StandingAsync(NpgsqlTransaction tx, string regionCode, string subjectId) =>
        await tx.Connection!.ExecuteScalarAsync<string?>(
            "SELECT list FROM projects.credit_entries WHERE region_code = @regionCode AND subject_id = @subjectId",
            new { regionCode, subjectId }, tx) ?? CreditStanding.None;

    public async Task ListAsync(NpgsqlTransaction tx, string regionCode, string subjectId, string subjectName, string list, string reason,
        CancellationToken cancellationToken)
    {
        if (list is not (CreditStanding.Red or CreditStanding.Black))
            throw PlatformProblem.Invalid("project.credit.list_invalid", "list", "名单类型须为 red（红名单）或 black（黑名单）。");
        await tx.Connection!.ExecuteAsync(
            """
            INSERT INTO projects.credit_entries (region_code, subject_id, subject_name, list, reason, listed_at)
            VALUES (@regionCode, @subjectId, @subjectName, @list, @reason, @at)
            ON CONFLICT (region_code, subject_id) DO UPDATE SET list = excluded.list, reason = excluded.reason, listed_at = excluded.listed_at
            """, new { regionCode, subjectId, subjectName, list, reason, at = clock.Now.ToUniversalTime() }, tx);
        await EnforceAsync(tx, regionCode, subjectId, list, reason, cancellationToken);
    }

    /// <summary>Makes sure a black-listed subject is on the cases module's dishonest list (idempotent).</summary>
    public async Task EnforceAsync(NpgsqlTransaction tx, string regionCode, string subjectId, string list, string reason,
        CancellationToken cancellationToken)
    {
        if (list == CreditStanding.Black) await dishonest.ListAsync(tx, regionCode, subjectId, $"工程建设项目黑名单：{reason}", cancellationToken);
    }
}
