using Dapper;
using Npgsql;
using Platform.Cases.Contracts;

namespace Platform.Empowerment.Routing;

/// <summary>
/// What the park asks on its applications: the entry application states the industry code (required, screened against the
/// negative list), the business scope and the project's parcel; an empowered matter asks the parcel (which decides whether the park
/// or the department handles it) and the industry code.
/// </summary>
internal sealed class ParkApplicationFields(RegionProgrammes programmes, NpgsqlDataSource dataSource) : IApplicationFields
{
    private static readonly ApplicationField Site = new(ApplicationForm.ProjectSite, "项目地块（宗地代码）",
        "项目位于园区内的，填写土地出让合同上的宗地代码；园区企业或园区地块上的项目由园区办理。", false);

    public async Task<IReadOnlyList<ApplicationField>> FieldsAsync(string regionCode, string matterCode, CancellationToken cancellationToken)
    {
        if (await programmes.OfAsync(regionCode, cancellationToken) is not { } programme) return [];
        if (matterCode == programme.EntryMatterCode)
            return [Industry(true), new(ApplicationForm.BusinessScope, "经营范围", "与营业执照或拟登记的经营范围一致。", false), Site];
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var listed = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM empowerment.entries WHERE region_code = @regionCode AND matter_code = @matterCode AND state <> 'Revoked')",
            new { regionCode, matterCode });
        return listed ? [Site, Industry(false)] : [];
    }

    private static ApplicationField Industry(bool required) => new(ApplicationForm.IndustryCode, "国民经济行业分类代码",
        "按 GB/T 4754-2017 填写门类字母加 2–4 位数字（如 C3011）或 2–4 位数字；园区按行业代码对照投资经营负面清单审核。", required);
}
