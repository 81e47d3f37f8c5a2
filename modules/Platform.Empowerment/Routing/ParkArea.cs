using Dapper;
using Npgsql;

namespace Platform.Empowerment.Routing;

/// <summary>
/// The park's area: enterprises registered in the park and land parcels inside its boundary. The empowerment is for the park's
/// area and its enterprises (园区事园区办), so an application is the park's when the applicant is a park enterprise or the project
/// stands on a park parcel; anything else stays with the department.
/// </summary>
internal static class ParkArea
{
    public static Task<bool> CoversAsync(NpgsqlTransaction tx, string regionCode, string? enterpriseCode, string? parcel) =>
        tx.Connection!.ExecuteScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM empowerment.park_enterprises WHERE region_code = @regionCode AND credit_code = @enterpriseCode)
                OR EXISTS (SELECT 1 FROM empowerment.park_parcels WHERE region_code = @regionCode AND code = @parcel)
            """, new { regionCode, enterpriseCode = enterpriseCode?.Trim().ToUpperInvariant() ?? "", parcel = parcel?.Trim().ToUpperInvariant() ?? "" }, tx);
}
