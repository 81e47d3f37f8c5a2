using Dapper;
using Npgsql;
using Platform.Cases.Workflow;
using Platform.Kernel;

namespace Platform.Cases.Licences;

/// <summary>The applicants' e-licence library (电子证照库): licences issued on decisions, reused instead of copies.</summary>
internal sealed class LicenceLibrary
{
    /// <summary>True when the holder has the licence, unrevoked, and of the type the material accepts.</summary>
    public async Task<bool> HoldsAsync(NpgsqlTransaction transaction, string holderId, string number, string? licenceType) =>
        await transaction.Connection!.ExecuteScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM cases.licences
                           WHERE number = @number AND holder_id = @holderId AND revoked_at IS NULL
                             AND (@licenceType::text IS NULL OR licence_type = @licenceType))
            """, new { number, holderId, licenceType }, transaction);

    public async Task<string> IssueAsync(StepContext step, string licenceType, string sealReference, CancellationToken cancellationToken)
    {
        var number = $"{step.Case.RegionCode}-{licenceType}-{step.Case.Number.Split('-')[^1]}-{step.Now:yyyyMMdd}";
        await step.Transaction.Connection!.ExecuteAsync(
            """
            INSERT INTO cases.licences (id, number, region_code, case_id, holder_id, holder_name, licence_type, issuing_unit, seal_reference, issued_at)
            VALUES (@licenceId, @number, @RegionCode, @Id, @ApplicantId, @ApplicantName, @licenceType, @HandlingUnitCode, @sealReference, @issuedAt)
            """,
            new
            {
                licenceId = Ids.New(), number, step.Case.RegionCode, step.Case.Id, step.Case.ApplicantId, step.Case.ApplicantName,
                licenceType, step.Case.HandlingUnitCode, sealReference, issuedAt = step.Now.ToUniversalTime(),
            }, step.Transaction);
        return number;
    }

    public async Task<IReadOnlyList<LicenceView>> OfHolderAsync(NpgsqlConnection connection, string holderId) =>
        (await connection.QueryAsync<LicenceView>(
            """
            SELECT number, licence_type, holder_name, issuing_unit, seal_reference, issued_at, revoked_at
            FROM cases.licences WHERE holder_id = @holderId ORDER BY issued_at DESC LIMIT 200
            """, new { holderId })).ToList();
}

internal sealed record LicenceView(string Number, string LicenceType, string HolderName, string IssuingUnit, string SealReference,
    DateTime IssuedAt, DateTime? RevokedAt);
