using Dapper;
using Npgsql;
using Platform.Cases.Contracts;

namespace Platform.Projects.Intermediaries;

/// <summary>
/// Lets a reported intermediary service stand for the material it produces: asked by the cases module for a material whose
/// source is an intermediary, it answers with the enterprise's latest report for a matter producing a material of that name
/// in that region, so the applicant is not asked for it again.
/// </summary>
internal sealed class IntermediaryReports(NpgsqlDataSource dataSource) : IELicenceExchange
{
    public async Task<SharedMaterialMatch?> FindAsync(SharedMaterialRequest request, CancellationToken cancellationToken)
    {
        if (request.Source != "Intermediary" || request.EnterpriseCode is null) return null;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var report = await connection.QueryFirstOrDefaultAsync<(string FirmName, string MatterName, string ReportNo)>(new CommandDefinition(
            """
            SELECT firm_name, matter_name, report_no FROM projects.intermediary_services
            WHERE region_code = @RegionCode AND enterprise_code = @EnterpriseCode AND material_name = @MaterialName AND state = 'reported'
            ORDER BY reported_at DESC LIMIT 1
            """, new { request.RegionCode, request.EnterpriseCode, request.MaterialName }, cancellationToken: cancellationToken));
        return report.FirmName is null ? null : new SharedMaterialMatch($"中介服务成果：{report.FirmName}（{report.MatterName}）", report.ReportNo);
    }
}
