using Dapper;
using Npgsql;
using Platform.Bundles.Contracts;
using Platform.Bundles.Definitions;
using Platform.Bundles.Domain;
using Platform.Bundles.Submission;
using Platform.Cases.Contracts;
using Platform.Kernel.Database;

namespace Platform.Bundles.Tracking;

/// <summary>Reads bundle cases with their members, one at a time or paged by region or applicant.</summary>
internal sealed class BundleCaseQueries(NpgsqlDataSource dataSource) : IBundleCaseReader
{
    public async Task<BundleCaseView?> GetAsync(Guid bundleCaseId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await BundleCaseStore.GetAsync(connection, bundleCaseId);
        if (row is null) return null;
        var members = await BundleCaseStore.MembersAsync(connection, null, bundleCaseId);
        return View(row, members);
    }

    /// <summary>A region's bundle cases (staff) or one applicant's (by user id or enterprise), newest first, paged.</summary>
    public async Task<(IReadOnlyList<BundleCaseView> Items, long Total)> ListAsync(string? regionCode, string? applicantId, string? enterpriseCode,
        int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        const string where = """
            WHERE (@regionCode::text IS NULL OR region_code = @regionCode)
              AND (@applicantId::text IS NULL OR applicant_id = @applicantId OR (@enterpriseCode::text IS NOT NULL AND enterprise_code = @enterpriseCode))
            """;
        var args = new { regionCode, applicantId, enterpriseCode, skip = Pages.Offset(Math.Max(page, 1), pageSize), pageSize };
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM bundles.bundle_cases {where}", args);
        var rows = await connection.QueryAsync<BundleCaseRow>(
            $"SELECT {BundleCaseRow.Columns} FROM bundles.bundle_cases {where} ORDER BY submitted_at DESC OFFSET @skip LIMIT @pageSize", args);
        var items = new List<BundleCaseView>();
        foreach (var row in rows) items.Add(View(row, await BundleCaseStore.MembersAsync(connection, null, row.Id)));
        return (items, total);
    }

    private static BundleCaseView View(BundleCaseRow row, IReadOnlyList<BundleMemberRow> members) => new(
        row.Id, row.Number, row.RegionCode, row.BundleCode, row.BundleName, row.BundleVersionId, row.ApplicantId, row.ApplicantName,
        row.EnterpriseCode, row.State, BundleCaseStateNames.Chinese(row.CaseState), row.Version, row.Zone, row.IntakeUnit,
        Instant(row.SubmittedAt)!.Value, Instant(row.AcceptedAt), Instant(row.CompletedAt), Instant(row.DeliveredAt), row.FailureReason,
        row.DueDate, row.DueProvisional, BundleJson.ReadMap(row.Answers),
        members.Select(m => new BundleMemberView(m.CaseId, m.CaseNumber, m.MatterCode, m.MatterName, m.State,
            m.DueDate)).ToList());

    private static DateTimeOffset? Instant(DateTime? utc) => BundleVersionRow.Instant(utc);

    public static string MemberStateName(string state) => Enum.TryParse<CaseState>(state, out var parsed) ? parsed switch
    {
        CaseState.Submitted => "待受理",
        CaseState.AwaitingCorrection => "待补正",
        CaseState.UnderReview => "审查中",
        CaseState.Suspended => "挂起",
        CaseState.Approved => "已办结（准予）",
        CaseState.Refused => "不予许可",
        CaseState.RejectedAtIntake => "不予受理",
        CaseState.Delivered => "已送达",
        _ => "已撤件",
    } : state;
}
