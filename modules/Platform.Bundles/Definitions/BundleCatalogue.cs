using Dapper;
using Npgsql;
using Platform.Bundles.Contracts;
using Platform.Bundles.Domain;
using Platform.Catalogue.Contracts;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Bundles.Definitions;

/// <summary>Reads of published bundles and the one-time guidance (一次告知) for a set of answers.</summary>
internal sealed class BundleCatalogue(NpgsqlDataSource dataSource, ICatalogue catalogue, IClock clock) : IBundleCatalogue
{
    public async Task<BundleVersion?> InForceAsync(string regionCode, string code, DateTimeOffset instant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await BundleStore.InForceAsync(connection, regionCode, code, instant))?.ToVersion();
    }

    public async Task<BundleVersion?> VersionAsync(Guid versionId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await BundleStore.ByIdAsync(connection, versionId))?.ToVersion();
    }

    public async Task<BundlePage> SearchPublishedAsync(string regionCode, string? text, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var args = new { regionCode, text = $"%{text?.Trim()}%", now = clock.Now.ToUniversalTime(), skip = Pages.Offset(page, pageSize), pageSize };
        const string inForce = """
            FROM bundles.bundle_versions WHERE region_code = @regionCode AND state = 'Published' AND name ILIKE @text
              AND valid_from <= @now AND (valid_to IS NULL OR valid_to > @now)
            """;
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) {inForce}", args);
        var rows = await connection.QueryAsync<BundleVersionRow>($"SELECT {BundleVersionRow.Columns} {inForce} ORDER BY code OFFSET @skip LIMIT @pageSize", args);
        return new BundlePage(rows.Select(r => Summary(r.ToVersion())).ToList(), page, pageSize, total);
    }

    /// <summary>For admins: every bundle of the region with its latest version, drafts included.</summary>
    public async Task<BundlePage> LatestAsync(string regionCode, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(
            "SELECT count(DISTINCT code) FROM bundles.bundle_versions WHERE region_code = @regionCode", new { regionCode });
        var rows = await connection.QueryAsync<BundleVersionRow>(
            $"""
             SELECT DISTINCT ON (code) {BundleVersionRow.Columns} FROM bundles.bundle_versions WHERE region_code = @regionCode
             ORDER BY code, number DESC OFFSET @skip LIMIT @pageSize
             """, new { regionCode, skip = Pages.Offset(page, pageSize), pageSize });
        return new BundlePage(rows.Select(r => Summary(r.ToVersion())).ToList(), page, pageSize, total);
    }

    public async Task<BundleGuidance> GuideAsync(string regionCode, string code, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var version = await InForceAsync(regionCode, code, clock.Now, cancellationToken)
                      ?? throw PlatformProblem.NotFound("bundle.not_found", $"地区 {regionCode} 没有正在施行的一件事 {code}。");
        return await GuideAsync(version, answers, cancellationToken);
    }

    public async Task<BundleGuidance> GuideAsync(BundleVersion version, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        BundleResolver.CheckAnswers(version.Definition, answers);
        var matters = new List<MatterVersion>();
        foreach (var code in BundleResolver.SelectMatters(version.Definition, answers))
            matters.Add(await catalogue.InForceAsync(version.RegionCode, code, clock.Now, cancellationToken)
                        ?? throw new PlatformProblem(409, "bundle.member.not_in_force", "事项已停止施行", $"一件事包含的事项 {code} 当前没有正在施行的版本，请联系牵头单位。"));
        if (matters.Count == 0)
            throw PlatformProblem.Invalid("bundle.answer.no_matter", "answers", "按您的回答，本件事没有需要办理的事项。");
        return BundleResolver.Guide(version, answers, matters);
    }

    private static BundleSummary Summary(BundleVersion version) => new(version.Code, version.Definition.Name, version.Definition.LeadUnit,
        version.Definition.Zone, version.Definition.CommittedTimeLimit.Amount, version.Definition.Members.Count, version.Id);
}
