using Dapper;
using Npgsql;
using Platform.Cases.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Empowerment.Handover;

/// <summary>
/// Hands the department's finished cases and licences of the agreement's matters to the park inside the step's
/// transaction, and reconciles: what the department held before = what moved = what the park holds from it after.
/// Any mismatch throws, so the transaction rolls back and nothing is half-moved.
/// </summary>
internal sealed class HistoryTransfer(ICaseTransfer cases)
{
    public async Task<TransferReconciliation> RunAsync(NpgsqlTransaction tx, AgreementRow agreement, IReadOnlyCollection<string> matterCodes,
        string parkUnitCode, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var before = await cases.TallyAsync(tx, agreement.RegionCode, matterCodes, agreement.DepartmentCode, cancellationToken);
        var moved = await cases.TransferAsync(tx, agreement.RegionCode, matterCodes, agreement.DepartmentCode, parkUnitCode, at, cancellationToken);
        var after = await cases.TransferredAsync(tx, agreement.RegionCode, matterCodes, agreement.DepartmentCode, parkUnitCode, cancellationToken);
        var left = await cases.TallyAsync(tx, agreement.RegionCode, matterCodes, agreement.DepartmentCode, cancellationToken);
        if (before != moved || moved != after || left.Cases != 0)
            throw new PlatformProblem(500, "empowerment.transfer.unreconciled", "历史资料移交核对不符",
                $"移交前 {before.Cases} 件/{before.Licences} 证，移交 {moved.Cases} 件/{moved.Licences} 证，移交后园区 {after.Cases} 件/{after.Licences} 证，部门剩余 {left.Cases} 件；已全部回滚。");
        await tx.Connection!.ExecuteAsync(
            """
            INSERT INTO empowerment.transfers (agreement_id, transferred_at, cases_before, licences_before, checksum_before, cases_moved,
                licences_moved, checksum_moved, checksum_after)
            VALUES (@Id, @at, @casesBefore, @licencesBefore, @checksumBefore, @casesMoved, @licencesMoved, @checksumMoved, @checksumAfter)
            """,
            new
            {
                agreement.Id, at = at.ToUniversalTime(), casesBefore = before.Cases, licencesBefore = before.Licences, checksumBefore = before.Checksum,
                casesMoved = moved.Cases, licencesMoved = moved.Licences, checksumMoved = moved.Checksum, checksumAfter = after.Checksum,
            }, tx);
        return new TransferReconciliation(before, moved, after);
    }
}

/// <summary>The three tallies a transfer compared.</summary>
internal sealed record TransferReconciliation(CaseTransferTally Before, CaseTransferTally Moved, CaseTransferTally After);
