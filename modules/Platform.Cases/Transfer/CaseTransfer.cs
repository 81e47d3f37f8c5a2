using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;
using Platform.Cases.Contracts;

namespace Platform.Cases.Transfer;

/// <summary>Moves finished cases and their licences between units inside the caller's transaction.</summary>
internal sealed class CaseTransfer : ICaseTransfer
{
    // Decided or closed: the historical approval records. Cases still in intake or review stay where they are.
    private const string Finished = "state IN ('Approved', 'Refused', 'Delivered', 'RejectedAtIntake', 'Withdrawn')";

    public async Task<CaseTransferTally> TallyAsync(NpgsqlTransaction transaction, string regionCode, IReadOnlyCollection<string> matterCodes,
        string unitCode, CancellationToken cancellationToken)
    {
        var cases = await transaction.Connection!.QueryAsync<Guid>(
            $"""
             SELECT id FROM cases.cases
             WHERE region_code = @regionCode AND matter_code = ANY(@codes) AND handling_unit_code = @unitCode AND {Finished}
             """, new { regionCode, codes = matterCodes.ToArray(), unitCode }, transaction);
        return await TallyOfAsync(transaction, cases.ToList());
    }

    public async Task<CaseTransferTally> TransferredAsync(NpgsqlTransaction transaction, string regionCode, IReadOnlyCollection<string> matterCodes,
        string fromUnit, string toUnit, CancellationToken cancellationToken)
    {
        var cases = await transaction.Connection!.QueryAsync<Guid>(
            """
            SELECT id FROM cases.cases
            WHERE region_code = @regionCode AND matter_code = ANY(@codes) AND handling_unit_code = @toUnit AND transferred_from_unit_code = @fromUnit
            """, new { regionCode, codes = matterCodes.ToArray(), fromUnit, toUnit }, transaction);
        return await TallyOfAsync(transaction, cases.ToList());
    }

    public async Task<CaseTransferTally> TransferAsync(NpgsqlTransaction transaction, string regionCode, IReadOnlyCollection<string> matterCodes,
        string fromUnit, string toUnit, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        // A decision's seal and unit are facts of the decision: one kept before they were recorded gets them written from the
        // unit that made it before the case moves, so the move never puts the receiving unit's seal on it.
        await connection.ExecuteAsync(
            $$"""
             UPDATE cases.cases SET decision = decision || jsonb_build_object(
                 'sealReference', coalesce(seal_reference, 'ESEAL:' || region_code || ':' || handling_unit_code || ':审批专用章'),
                 'unitCode', handling_unit_code)
             WHERE region_code = @regionCode AND matter_code = ANY(@codes) AND handling_unit_code = @fromUnit AND {{Finished}}
               AND decision IS NOT NULL AND decision->>'sealReference' IS NULL
             """, new { regionCode, codes = matterCodes.ToArray(), fromUnit }, transaction);
        var moved = (await connection.QueryAsync<Guid>(
            $"""
             UPDATE cases.cases SET handling_unit_code = @toUnit, transferred_from_unit_code = @fromUnit, transferred_at = @at
             WHERE region_code = @regionCode AND matter_code = ANY(@codes) AND handling_unit_code = @fromUnit AND {Finished}
             RETURNING id
             """, new { regionCode, codes = matterCodes.ToArray(), fromUnit, toUnit, at = at.ToUniversalTime() }, transaction)).ToList();
        await connection.ExecuteAsync(
            "UPDATE cases.licences SET owner_unit_code = @toUnit, transferred_at = @at WHERE case_id = ANY(@moved)",
            new { toUnit, at = at.ToUniversalTime(), moved = moved.ToArray() }, transaction);
        return await TallyOfAsync(transaction, moved);
    }

    private static async Task<CaseTransferTally> TallyOfAsync(NpgsqlTransaction transaction, IReadOnlyList<Guid> caseIds)
    {
        var licences = (await transaction.Connection!.QueryAsync<Guid>(
            "SELECT id FROM cases.licences WHERE case_id = ANY(@caseIds)", new { caseIds = caseIds.ToArray() }, transaction)).ToList();
        var text = string.Join('\n', caseIds.Order()) + "\n--\n" + string.Join('\n', licences.Order());
        return new CaseTransferTally(caseIds.Count, licences.Count, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }
}
