namespace Platform.Exchange.Outbox;

/// <summary>The staging tables (前置库) of the province, named as the national SPGL data-exchange tables.</summary>
internal static class StagingTables
{
    public const string Schema = "province_staging";

    /// <summary>项目基本信息表</summary>
    public const string Project = "spgl_xmjbxxb";

    /// <summary>项目审批阶段信息表</summary>
    public const string Stage = "spgl_xmspjdxxb";

    /// <summary>项目审批事项办理信息表</summary>
    public const string MemberCase = "spgl_xmspsxblxxb";

    /// <summary>项目审批事项办理详细信息表</summary>
    public const string CaseStep = "spgl_xmspsxblxxxxb";

    public static readonly IReadOnlyList<string> All = [Project, Stage, MemberCase, CaseStep];

    /// <summary>Every staging row's key and province state, as one relation (staging_table, dfsjzj, lsh, xzqhdm, gcdm, sjsczt, sbyy, jssj).</summary>
    public static readonly string Union = string.Join(" UNION ALL ",
        All.Select(t => $"SELECT '{t}' AS staging_table, dfsjzj, lsh, xzqhdm, gcdm, sjsczt, sbyy, jssj FROM {Schema}.{t}"));

    public static string Checked(string table) =>
        All.Contains(table) ? $"{Schema}.{table}" : throw new InvalidOperationException($"{table} is not a staging table.");

    public static string Chinese(string table) => table switch
    {
        Project => "项目基本信息",
        Stage => "项目审批阶段信息",
        MemberCase => "审批事项办理信息",
        CaseStep => "审批事项办理详细信息",
        _ => table,
    };
}
