using Dapper;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Empowerment.Lists;

/// <summary>Takes a power back from the park: new applications route to the department again; running cases stay.</summary>
internal sealed class RevokeEntry(ITransactionRunner transactions, IAuditTrail audit, IClock clock)
{
    public Task<EntryRow> HandleAsync(string regionCode, Guid entryId, string reason, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
            throw PlatformProblem.Invalid("empowerment.entry.reason_required", "reason", "撤回赋权须写明理由（不超过 1000 字）。");
        return transactions.RunAsync(async tx =>
        {
            var entry = await EntryStore.FindAsync(tx.Connection!, tx, entryId);
            if (entry is null || entry.RegionCode != regionCode) throw PlatformProblem.NotFound("empowerment.entry.not_found", "赋权清单事项");
            if (entry.State == EntryState.Revoked)
                throw PlatformProblem.Conflict("empowerment.entry.already_revoked", $"事项“{entry.MatterName}”的赋权已撤回。");
            var now = clock.Now;
            await tx.Connection!.ExecuteAsync(
                "UPDATE empowerment.entries SET state = 'Revoked', revoked_at = @now, revoke_reason = @reason WHERE id = @entryId",
                new { now = now.ToUniversalTime(), reason = reason.Trim(), entryId }, tx);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actor, "empowerment.entry.revoked", "empowerment-entry", entryId.ToString(),
                new { entry.MatterCode, reason }), cancellationToken);
            return (await EntryStore.FindAsync(tx.Connection!, tx, entryId))!;
        }, cancellationToken);
    }
}
