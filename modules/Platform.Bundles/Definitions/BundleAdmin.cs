using Npgsql;
using Platform.Bundles.Contracts;
using Platform.Catalogue.Contracts;
using Platform.Identity.Contracts;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Bundles.Definitions;

/// <summary>A region admin's work on bundles: drafts, publication with validity, history. Each change is checked first and audited in its transaction.</summary>
internal sealed class BundleAdmin(NpgsqlDataSource dataSource, ITransactionRunner transactions, IAuditTrail audit, IClock clock,
    IOrganisationDirectory directory, ICatalogue catalogue)
{
    public async Task<BundleVersion> SaveDraftAsync(string regionCode, BundleDefinition bundle, string actor, CancellationToken cancellationToken)
    {
        BundleRules.Require(bundle, await UnitCodesAsync(regionCode, cancellationToken));
        var id = await transactions.RunAsync(async tx =>
        {
            await BundleStore.LockAsync(tx, regionCode, bundle.Code);
            var draftId = await BundleStore.SaveDraftAsync(tx, regionCode, bundle, actor, clock.Now);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actor, "bundle.draft.saved", "bundle", bundle.Code), cancellationToken);
            return draftId;
        }, cancellationToken);
        return await VersionAsync(id, cancellationToken);
    }

    /// <summary>The bundle's draft, or a new one copied from its latest published version.</summary>
    public async Task<BundleVersion> OpenDraftAsync(string regionCode, string code, string actor, CancellationToken cancellationToken)
    {
        var id = await transactions.RunAsync(async tx =>
        {
            await BundleStore.LockAsync(tx, regionCode, code);
            if (await BundleStore.DraftAsync(tx, regionCode, code) is { } draft) return draft.Id;
            var published = await BundleStore.LatestPublishedAsync(tx, regionCode, code) ?? throw NotFound(regionCode, code);
            return await BundleStore.SaveDraftAsync(tx, regionCode, published.ToVersion().Definition, actor, clock.Now);
        }, cancellationToken);
        return await VersionAsync(id, cancellationToken);
    }

    /// <summary>Publishes the draft from <paramref name="validFrom"/>; the version in force until then ends there. Every member must be a matter in force then.</summary>
    public async Task<BundleVersion> PublishAsync(string regionCode, string code, DateTimeOffset validFrom, string actor, CancellationToken cancellationToken)
    {
        var unitCodes = await UnitCodesAsync(regionCode, cancellationToken);
        var id = await transactions.RunAsync(async tx =>
        {
            await BundleStore.LockAsync(tx, regionCode, code);
            var draft = await BundleStore.DraftAsync(tx, regionCode, code)
                        ?? throw PlatformProblem.NotFound("bundle.draft.not_found", $"一件事 {code} 没有待发布的草稿。");
            var definition = draft.ToVersion().Definition;
            BundleRules.Require(definition, unitCodes);
            for (var i = 0; i < definition.Members.Count; i++)
                if (await catalogue.InForceAsync(regionCode, definition.Members[i].MatterCode, validFrom, cancellationToken) is null)
                    throw PlatformProblem.Invalid("bundle.member.not_in_force", $"members[{i}].matterCode",
                        $"事项 {definition.Members[i].MatterCode} 在生效时间没有正在施行的版本。");
            if (await BundleStore.LatestPublishedAsync(tx, regionCode, code) is { ValidFrom: { } previous } && validFrom.UtcDateTime <= previous)
                throw PlatformProblem.Invalid("bundle.validity.not_after_previous", "validFrom", "生效时间须晚于上一版本的生效时间。");
            await BundleStore.PublishAsync(tx, draft, validFrom, actor, clock.Now);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actor, "bundle.version.published", "bundle", code,
                new { draft.Number, ValidFrom = validFrom }), cancellationToken);
            return draft.Id;
        }, cancellationToken);
        return await VersionAsync(id, cancellationToken);
    }

    public async Task<IReadOnlyList<BundleVersion>> HistoryAsync(string regionCode, string code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await BundleStore.HistoryAsync(connection, regionCode, code)).Select(r => r.ToVersion()).ToList();
    }

    private async Task<BundleVersion> VersionAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await BundleStore.ByIdAsync(connection, id))!.ToVersion();
    }

    private async Task<IReadOnlySet<string>> UnitCodesAsync(string regionCode, CancellationToken cancellationToken) =>
        (await directory.UnitsAsync(regionCode, cancellationToken)).Select(u => u.Code).ToHashSet();

    private static PlatformProblem NotFound(string regionCode, string code) =>
        PlatformProblem.NotFound("bundle.not_found", $"地区 {regionCode} 没有一件事 {code}。");
}
