using Npgsql;
using Platform.Catalogue.Contracts;
using Platform.Catalogue.Matters;
using Platform.Catalogue.Validation;
using Platform.Kernel.Audit;
using Platform.Kernel.Database;
using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Catalogue.Versions;

/// <summary>
/// A region admin's work on the catalogue: drafts, publication with validity, history and differences.
/// Every change is validated first and written with its audit record in one transaction.
/// </summary>
internal sealed class MatterAdmin(
    NpgsqlDataSource dataSource, ITransactionRunner transactions, IAuditTrail audit, IClock clock, UnitCodes units)
{
    public async Task<MatterVersion> SaveDraftAsync(string regionCode, MatterDefinition matter, string actor, CancellationToken cancellationToken)
    {
        var breaches = MatterRules.Check(matter, await units.OfAsync(regionCode, cancellationToken));
        if (breaches.Count > 0) throw CatalogueProblems.Invalid(breaches);
        var versionId = await transactions.RunAsync(tx => DraftWriter.SaveAsync(tx, regionCode, matter, actor, clock.Now, audit, cancellationToken),
            cancellationToken);
        return (await VersionAsync(versionId, cancellationToken))!;
    }

    /// <summary>The matter's draft, or a new draft copied from its latest published version.</summary>
    public async Task<MatterVersion> OpenDraftAsync(string regionCode, string code, string actor, CancellationToken cancellationToken)
    {
        var versionId = await transactions.RunAsync(async tx =>
        {
            var matterId = await MatterStore.LockMatterAsync(tx, regionCode, code) ?? throw CatalogueProblems.MatterNotFound(regionCode, code);
            if (await MatterStore.DraftAsync(tx, matterId) is { } draft) return draft.Id;
            var published = await MatterStore.LatestPublishedAsync(tx, matterId) ?? throw CatalogueProblems.MatterNotFound(regionCode, code);
            var id = await MatterStore.InsertDraftAsync(tx, matterId, regionCode, published.ToVersion().Definition, actor, clock.Now);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actor, "catalogue.draft.opened", "matter", code, new { From = published.Number }),
                cancellationToken);
            return id;
        }, cancellationToken);
        return (await VersionAsync(versionId, cancellationToken))!;
    }

    /// <summary>
    /// Publishes the draft from <paramref name="validFrom"/> (until <paramref name="validTo"/> when given);
    /// the version in force until then ends at <paramref name="validFrom"/>.
    /// </summary>
    public async Task<MatterVersion> PublishAsync(string regionCode, string code, DateTimeOffset validFrom, DateTimeOffset? validTo,
        string actor, CancellationToken cancellationToken)
    {
        if (validTo is { } end && end <= validFrom)
            throw PlatformProblem.Invalid("catalogue.validity.end_before_start", "validTo", "有效期截止时间须晚于生效时间");
        var unitCodes = await units.OfAsync(regionCode, cancellationToken);
        var versionId = await transactions.RunAsync(async tx =>
        {
            var matterId = await MatterStore.LockMatterAsync(tx, regionCode, code) ?? throw CatalogueProblems.MatterNotFound(regionCode, code);
            var draft = await MatterStore.DraftAsync(tx, matterId) ?? throw CatalogueProblems.DraftNotFound(code);
            var breaches = MatterRules.Check(draft.ToVersion().Definition, unitCodes);
            if (breaches.Count > 0) throw CatalogueProblems.Invalid(breaches);
            if (await MatterStore.LatestPublishedAsync(tx, matterId) is { ValidFrom: { } previousStart } previous
                && validFrom.UtcDateTime <= previousStart)
                throw PlatformProblem.Invalid("catalogue.validity.not_after_previous", "validFrom",
                    $"生效时间须晚于上一版本（第 {previous.Number} 版）的生效时间");
            await MatterStore.CloseValidityAsync(tx, matterId, validFrom);
            await MatterStore.PublishAsync(tx, draft.Id, validFrom, validTo, actor, clock.Now);
            await audit.AppendAsync(tx, new AuditEntry(regionCode, actor, "catalogue.version.published", "matter", code,
                new { draft.Number, ValidFrom = validFrom, ValidTo = validTo }), cancellationToken);
            return draft.Id;
        }, cancellationToken);
        return (await VersionAsync(versionId, cancellationToken))!;
    }

    public async Task<IReadOnlyList<MatterVersion>> HistoryAsync(string regionCode, string code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var history = await MatterReads.HistoryAsync(connection, regionCode, code);
        if (history.Count == 0) throw CatalogueProblems.MatterNotFound(regionCode, code);
        return history.Select(r => r.ToVersion()).ToList();
    }

    public async Task<IReadOnlyList<FieldDifference>> DiffAsync(string regionCode, string code, int from, int to, CancellationToken cancellationToken)
    {
        var history = await HistoryAsync(regionCode, code, cancellationToken);
        MatterVersion Pick(int number, string field) => history.SingleOrDefault(v => v.Number == number)
            ?? throw PlatformProblem.Invalid("catalogue.version.unknown", field, $"事项 {code} 没有第 {number} 版");
        return VersionDiff.Between(Pick(from, "from").Definition, Pick(to, "to").Definition);
    }

    public async Task<MatterPage> SearchAsync(string regionCode, MatterQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await MatterReads.SearchAsync(connection, regionCode, query, clock.Now, publishedOnly: false);
    }

    public async Task<MatterVersion?> VersionAsync(Guid versionId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await MatterReads.ByIdAsync(connection, versionId))?.ToVersion();
    }
}
